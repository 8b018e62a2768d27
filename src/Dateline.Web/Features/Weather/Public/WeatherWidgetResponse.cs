using Dateline.Web.Features.Weather.Api;

namespace Dateline.Web.Features.Weather.Public;

/// <summary>The widget's answer: a reading, or an explicit "no reading" state (<c>available: false</c>).</summary>
public sealed record WeatherWidgetResponse(bool Available, WeatherResponse? Reading);
