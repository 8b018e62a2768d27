using Dateline.Web.Features.PrayerTimes;
using Dateline.Web.Features.Weather.Api;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Features.Weather.Public;

/// <summary>
/// <c>GET /widgets/weather?city=…&amp;lang=…</c>: what the header's weather widget shows. Unlike the JSON API, which
/// answers 503 while the provider is unreachable (the truth an API client needs), this answers 200 with
/// <c>available: false</c>, because a provider outage is normal life for a news site and must not put a failed request
/// in every reader's console. The widget then simply stays hidden.
/// </summary>
public static class WeatherWidgetEndpoint
{
    public const string Path = "/widgets/weather";

    public static RouteHandlerBuilder MapWeatherWidget(this IEndpointRouteBuilder app) =>
        app.MapGet(Path, Get).ExcludeFromDescription();

    internal static Results<Ok<WeatherWidgetResponse>, ProblemHttpResult> Get(
        HttpContext context,
        WeatherReports reports,
        PrayerTimetable timetable,
        string? city,
        string? lang)
    {
        if (WeatherApi.ReadRequest(timetable, city, lang) is not ({ } found, { } language))
        {
            return WeatherApi.RequestProblem(city, lang);
        }

        if (reports.Find(found) is not { } report)
        {
            // Short, so the widget appears soon after the provider is back.
            context.Response.Headers.CacheControl = "public, max-age=60";
            return TypedResults.Ok(new WeatherWidgetResponse(false, null));
        }

        context.Response.Headers.CacheControl = "public, max-age=300";
        return TypedResults.Ok(new WeatherWidgetResponse(true, WeatherResponse.From(found, report, language)));
    }
}
