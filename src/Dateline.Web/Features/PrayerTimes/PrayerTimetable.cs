using Dateline.PrayerTimes;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.PrayerTimes.Public;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.PrayerTimes;

/// <summary>
/// The site's prayer times: the library's calculation with the configured method, Asr convention and minute
/// adjustments, for UAE cities in UAE time. Computing a day takes microseconds, so nothing is cached here;
/// pages are output-cached and the API response is cacheable by browsers and proxies.
/// </summary>
public sealed class PrayerTimetable
{
    private readonly TimeProvider _time;

    public PrayerTimetable(IOptions<PrayerTimesOptions> options, TimeProvider time)
    {
        var settings = options.Value;
        _time = time;
        DefaultCity = UaeCities.TryFind(settings.DefaultCity, out var city) ? city : UaeCities.Default;
        Parameters = new CalculationParameters
        {
            Method = CalculationMethod.TryFind(settings.Method, out var method) ? method : CalculationMethod.Default,
            Madhab = settings.Asr,
            Adjustments = settings.Adjustments.ToAdjustments(),
        };
        ArabicDigits = settings.ArabicDigits;
    }

    public UaeCity DefaultCity { get; }

    public CalculationParameters Parameters { get; }

    public DigitStyle ArabicDigits { get; }

    public static TimeZoneInfo TimeZone => UaeCities.TimeZone;

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(_time.GetUtcNow(), TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    public PrayerDay For(UaeCity city, DateOnly date) => PrayerCalculator.Compute(date, city, Parameters);

    /// <summary>The city a slug names, or the default city when the slug is empty or unknown.</summary>
    public UaeCity CityOrDefault(string? id) => UaeCities.TryFind(id, out var city) ? city : DefaultCity;

    public DigitStyle DigitsFor(string editionCode) => editionCode == "ar" ? ArabicDigits : DigitStyle.Latin;

    /// <summary>The header widget for the default city, as of now.</summary>
    public PrayerWidgetView Widget(EditionView edition)
    {
        var now = Now;
        var today = DateOnly.FromDateTime(now.DateTime);
        var todays = For(DefaultCity, today);
        var tomorrows = For(DefaultCity, today.AddDays(1));
        var (next, time) = PrayerWidgetView.NextAfter(now, todays, tomorrows);
        return new PrayerWidgetView(edition, PrayerTimesText.For(edition.Code), DefaultCity, todays, tomorrows, next, time, DigitsFor(edition.Code));
    }
}
