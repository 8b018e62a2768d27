using System.Globalization;
using Dateline.PrayerTimes;
using Dateline.Web.Features.PrayerTimes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Features.Weather.Api;

/// <summary><c>GET /api/v1/weather?city=sharjah[&amp;lang=ar]</c>: the cached current conditions; never calls the provider.</summary>
public static class WeatherApi
{
    public static RouteGroupBuilder MapWeatherApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/weather").WithTags("Weather");
        group.MapGet("/", Get)
            .WithName("GetWeather")
            .WithSummary("Current weather in a UAE city, from the site's cache.");
        return group;
    }

    internal static Results<Ok<WeatherResponse>, ProblemHttpResult> Get(
        HttpContext context,
        WeatherReports reports,
        PrayerTimetable timetable,
        string? city,
        string? lang)
    {
        UaeCity? found;
        if (string.IsNullOrWhiteSpace(city))
        {
            found = timetable.DefaultCity;
        }
        else if (!UaeCities.TryFind(city, out found))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid weather request",
                $"Unknown city '{city}'. Known cities: {string.Join(", ", UaeCities.All.Select(c => c.Id))}.");
        }

        var language = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim().ToLowerInvariant();
        if (language is not ("en" or "ar"))
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid weather request", $"Unknown language '{lang}'. Use 'en' or 'ar'.");
        }

        if (reports.Find(found) is not { } report)
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.RetryAfter = "60";
            return Problem(StatusCodes.Status503ServiceUnavailable, "Weather not available",
                $"No current weather is known for {found.EnglishName}: the provider has not answered recently. Try again in a few minutes.");
        }

        context.Response.Headers.CacheControl = "public, max-age=300";
        var observation = report.Observation;
        return TypedResults.Ok(new WeatherResponse(
            found.Id,
            observation.TemperatureC,
            WeatherConditions.Slug(report.Condition),
            observation.IsDay,
            observation.WeatherCode,
            report.Code.Describe(language),
            report.IconKey,
            observation.ObservedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            report.RetrievedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            (long)report.Age.TotalSeconds,
            report.IsStale,
            observation.Source));
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
