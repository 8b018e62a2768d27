using Dateline.PrayerTimes;
using Dateline.Web.Features.Calendar;
using Dateline.Web.Features.Editions;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.PrayerTimes.Public;

/// <summary>
/// <c>/{edition}/prayer-times?city=dubai</c>: today's and tomorrow's times for one city and today's for every city.
/// Works without script. Choosing a city here remembers it in the <see cref="CityCookie"/>, so this page reads and
/// writes a per-reader cookie and is therefore never output-cached.
/// </summary>
public sealed class PrayerTimesPageModel(EditionCatalog editions, PrayerTimetable timetable, HeaderDates dates) : PublicPageModel
{
    public PrayerTimesText Text { get; private set; } = PrayerTimesText.English;

    public UaeCity City { get; private set; } = UaeCities.Default;

    public PrayerDay Today { get; private set; } = null!;

    public PrayerDay Tomorrow { get; private set; } = null!;

    public IReadOnlyList<PrayerDay> AllCities { get; private set; } = [];

    public HeaderDate Date { get; private set; } = null!;

    public bool CityJustChosen { get; private set; }

    public CalculationMethod Method => timetable.Parameters.Method;

    public DigitStyle Digits => timetable.DigitsFor(Edition.Code);

    public async Task<IActionResult> OnGetAsync(string edition, string? city, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return NotFound();
        }

        Edition = found;
        Text = PrayerTimesText.For(found.Code);
        if (UaeCities.TryFind(city, out var chosen))
        {
            City = chosen;
            CityJustChosen = true;
            CityCookie.Write(Response, chosen);
        }
        else
        {
            // An unknown ?city= falls back quietly rather than failing: it usually comes from an old bookmark.
            City = CityCookie.Read(Request) ?? timetable.DefaultCity;
        }

        var today = timetable.Today;
        Today = timetable.For(City, today);
        Tomorrow = timetable.For(City, today.AddDays(1));
        AllCities = [.. UaeCities.All.Select(c => timetable.For(c, today))];
        Date = dates.For(today, found);

        Title = $"{Text.TimesFor} {Text.CityName(City)}";
        Description = $"{Text.Title}: {string.Join(", ", UaeCities.All.Select(Text.CityName))}";
        CanonicalPath = PathFor(found.Code, City);
        AlternateEditionPath = PathFor(found.OtherCode, City);
        Response.Headers.CacheControl = "private, no-cache";
        return Page();
    }

    public string Display(DateTimeOffset? time) =>
        time is { } t ? PrayerWidgetView.Format(t, Edition.Text, Digits) : Text.NotApplicable;

    public string CityPath(UaeCity city) => PathFor(Edition.Code, city);

    private static string PathFor(string edition, UaeCity city) => $"/{edition}/prayer-times?city={Uri.EscapeDataString(city.Id)}";
}
