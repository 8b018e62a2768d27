using Dateline.Web.Features.Calendar;

namespace Dateline.Tests.Calendar;

public sealed class HijriDateTests
{
    // Dates announced in the UAE that agreed with the Umm al-Qura calendar.
    [Theory]
    [InlineData("2025-03-01", 1446, 9, 1)]   // 1 Ramadan 1446
    [InlineData("2024-06-16", 1445, 12, 10)] // Eid al-Adha 1445
    [InlineData("2023-04-21", 1444, 10, 1)]  // Eid al-Fitr 1444
    [InlineData("2024-07-07", 1446, 1, 1)]   // Islamic new year 1446
    public void Converts_gregorian_dates_to_umm_al_qura(string gregorian, int year, int month, int day) =>
        Assert.Equal(new HijriDate(year, month, day), HijriDate.FromGregorian(DateOnly.Parse(gregorian, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_one_day_correction_moves_the_hijri_date_across_a_month_boundary()
    {
        var lastOfShaban = HijriDate.FromGregorian(new DateOnly(2025, 2, 28));
        var corrected = HijriDate.FromGregorian(new DateOnly(2025, 2, 28), adjustmentDays: 1);
        var delayed = HijriDate.FromGregorian(new DateOnly(2025, 3, 1), adjustmentDays: -1);

        Assert.Equal(8, lastOfShaban!.Value.Month);
        Assert.Equal(new HijriDate(1446, 9, 1), corrected);
        Assert.Equal(lastOfShaban, delayed);
    }

    [Fact]
    public void Dates_outside_the_umm_al_qura_tables_have_no_hijri_date()
    {
        Assert.Null(HijriDate.FromGregorian(new DateOnly(2100, 1, 1)));
        Assert.Null(HijriDate.FromGregorian(new DateOnly(1800, 1, 1)));
    }
}
