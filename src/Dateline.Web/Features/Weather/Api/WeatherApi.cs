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
        if (ReadRequest(timetable, city, lang) is not ({ } found, { } language))
        {
            return RequestProblem(city, lang);
        }

        if (reports.Find(found) is not { } report)
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.RetryAfter = "60";
            return Problem(StatusCodes.Status503ServiceUnavailable, "Weather not available",
                $"No current weather is known for {found.EnglishName}: the provider has not answered recently. Try again in a few minutes.");
        }

        context.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(WeatherResponse.From(found, report, language));
    }

    /// <summary>The city (default when absent) and language ("en" when absent) a request names, or nulls when invalid.</summary>
    internal static (UaeCity? City, string? Language) ReadRequest(PrayerTimetable timetable, string? city, string? lang)
    {
        UaeCity? found;
        if (string.IsNullOrWhiteSpace(city))
        {
            found = timetable.DefaultCity;
        }
        else if (!UaeCities.TryFind(city, out found))
        {
            return (null, null);
        }

        var language = string.IsNullOrWhiteSpace(lang) ? "en" : lang.Trim().ToLowerInvariant();
        return language is "en" or "ar" ? (found, language) : (found, null);
    }

    internal static ProblemHttpResult RequestProblem(string? city, string? lang) =>
        !string.IsNullOrWhiteSpace(city) && !UaeCities.TryFind(city, out _)
            ? Problem(StatusCodes.Status400BadRequest, "Invalid weather request",
                $"Unknown city '{city}'. Known cities: {string.Join(", ", UaeCities.All.Select(c => c.Id))}.")
            : Problem(StatusCodes.Status400BadRequest, "Invalid weather request", $"Unknown language '{lang}'. Use 'en' or 'ar'.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
