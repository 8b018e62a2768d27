using Dateline.Web.Features.Calendar;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.PrayerTimes;
using Dateline.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dateline.Tests.Calendar;

public sealed class HeaderDatesTests
{
    private static readonly EditionView English = new("en", "English", "en-AE", TextDirection.Ltr, "Sharjah 24", null, EditionStrings.English, []);
    private static readonly EditionView Arabic = new("ar", "العربية", "ar-AE", TextDirection.Rtl, "الشارقة 24", null, EditionStrings.Arabic, []);

    [Fact]
    public void English_header_shows_weekday_gregorian_and_hijri_dates()
    {
        var today = Dates(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)).Today(English);

        Assert.Equal("2025-03-01", today.IsoDate);
        Assert.Equal("Saturday, March 1, 2025", today.Gregorian);
        Assert.Equal("1 Ramadan 1446 AH", today.Hijri);
    }

    [Fact]
    public void Arabic_header_uses_arabic_names_and_the_configured_digits()
    {
        var date = new DateTimeOffset(2024, 6, 16, 6, 0, 0, TimeSpan.Zero);

        var latin = Dates(date).Today(Arabic);
        var indic = Dates(date, digits: DigitStyle.ArabicIndic).Today(Arabic);

        Assert.Equal("الأحد 16 يونيو 2024", latin.Gregorian);
        Assert.Equal("10 ذو الحجة 1445 هـ", latin.Hijri);
        Assert.Equal("الأحد ١٦ يونيو ٢٠٢٤", indic.Gregorian);
        Assert.Equal("١٠ ذو الحجة ١٤٤٥ هـ", indic.Hijri);
    }

    [Fact]
    public void Today_is_the_date_in_the_uae_not_in_utc()
    {
        // 21:30 UTC on 28 February is 01:30 on 1 March in Dubai.
        var today = Dates(new DateTimeOffset(2025, 2, 28, 21, 30, 0, TimeSpan.Zero)).Today(English);

        Assert.Equal("2025-03-01", today.IsoDate);
        Assert.Equal("1 Ramadan 1446 AH", today.Hijri);
    }

    [Fact]
    public void The_configured_correction_shifts_only_the_hijri_date()
    {
        var today = Dates(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero), adjustment: -1).Today(English);

        Assert.Equal("Saturday, March 1, 2025", today.Gregorian);
        Assert.Equal("29 Sha'ban 1446 AH", today.Hijri);
    }

    private static HeaderDates Dates(DateTimeOffset now, int adjustment = 0, DigitStyle digits = DigitStyle.Latin)
    {
        var clock = new ReaderClock(Options.Create(new DatelineOptions()), new FakeTimeProvider(now));
        return new HeaderDates(
            clock,
            Options.Create(new CalendarOptions { HijriAdjustmentDays = adjustment }),
            Options.Create(new PrayerTimesOptions { ArabicDigits = digits }));
    }
}
