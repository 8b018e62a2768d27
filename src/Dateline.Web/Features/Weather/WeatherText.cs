namespace Dateline.Web.Features.Weather;

/// <summary>Weather wording in each edition's language.</summary>
public sealed class WeatherText
{
    public required string Title { get; init; }
    public required string WeatherIn { get; init; }
    public required string AsOf { get; init; }
    public required string Credit { get; init; }
    public required string City { get; init; }
    public required string Show { get; init; }

    public static WeatherText For(string editionCode) => editionCode == "ar" ? Arabic : English;

    public static readonly WeatherText English = new()
    {
        Title = "Weather",
        WeatherIn = "Weather in",
        AsOf = "As of",
        Credit = "Weather data by Open-Meteo.com",
        City = "City",
        Show = "Show",
    };

    public static readonly WeatherText Arabic = new()
    {
        Title = "الطقس",
        WeatherIn = "الطقس في",
        AsOf = "آخر تحديث",
        Credit = "بيانات الطقس من Open-Meteo.com",
        City = "المدينة",
        Show = "عرض",
    };
}
