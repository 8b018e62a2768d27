using System.Collections.Frozen;
using System.Text.Encodings.Web;

namespace Dateline.Web.Features.Weather;

/// <summary>
/// One small inline SVG per icon key (see <see cref="WeatherConditions.IconKey"/>): stroked in currentColor so they
/// follow the header's text colour, inline because the CSP allows no third-party images and a sprite would cost a request.
/// </summary>
public static class WeatherIcons
{
    private const string Cloud = "M7 19h10.5a4 4 0 0 0 .6-7.96A6 6 0 0 0 6.4 11.1 4 4 0 0 0 7 19z";
    private const string HighCloud = "M7 15h10.5a4 4 0 0 0 .6-7.96A6 6 0 0 0 6.4 7.1 4 4 0 0 0 7 15z";
    private const string SmallCloud = "M10 20h7.5a3.5 3.5 0 0 0 .5-6.96 5 5 0 0 0-9.6 1.3A3 3 0 0 0 10 20z";

    private static readonly FrozenDictionary<string, string> Shapes = new Dictionary<string, string>
    {
        ["clear-day"] = "<circle cx=\"12\" cy=\"12\" r=\"4\"/><path d=\"M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4\"/>",
        ["clear-night"] = "<path d=\"M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z\"/>",
        ["partly-cloudy-day"] = $"<path d=\"M8 2v1.5M3.4 4.4l1.1 1.1M2 9h1.5M12.6 4.4l-1.1 1.1\"/><path d=\"M5 11.8A3.5 3.5 0 1 1 11.4 8\"/><path d=\"{SmallCloud}\"/>",
        ["partly-cloudy-night"] = $"<path d=\"M11.8 8.6A5 5 0 0 1 5.4 2.2 5 5 0 1 0 4.3 11.7\"/><path d=\"{SmallCloud}\"/>",
        ["cloudy"] = $"<path d=\"{Cloud}\"/>",
        ["fog"] = "<path d=\"M4 7h16M2.5 11h19M4 15h16M6 19h12\"/>",
        ["drizzle"] = $"<path d=\"{HighCloud}\"/><path d=\"M8 19v.01M12 19v.01M16 19v.01M10 22v.01M14 22v.01\"/>",
        ["rain"] = $"<path d=\"{HighCloud}\"/><path d=\"M8.5 18l-1.2 3.5M12.5 18l-1.2 3.5M16.5 18l-1.2 3.5\"/>",
        ["snow"] = $"<path d=\"{HighCloud}\"/><path d=\"M8 18v4M6.3 19l3.4 2M6.3 21l3.4-2M16 18v4M14.3 19l3.4 2M14.3 21l3.4-2\"/>",
        ["thunderstorm"] = $"<path d=\"{HighCloud}\"/><path d=\"M12.5 15.5 10 19h3.5L11 22.5\"/>",
        ["unknown"] = "<path d=\"M14 14.76V4a2 2 0 0 0-4 0v10.76a4 4 0 1 0 4 0z\"/><path d=\"M12 17.5v.01\"/>",
    }.ToFrozenDictionary();

    public static IEnumerable<string> Keys => Shapes.Keys.Order(StringComparer.Ordinal);

    /// <summary>The complete &lt;svg&gt; element with an accessible label; unknown keys fall back to the thermometer.</summary>
    public static string Svg(string key, string label) => Rendered.GetOrAdd((key, label), static k => Render(k.Key, k.Label));

    // Keys and labels both come from small fixed sets (icon shapes; condition names per language), so this stays small,
    // and the widget on every uncached page reuses one string instead of building it again.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Key, string Label), string> Rendered = new();

    private static string Render(string key, string label)
    {
        var shape = Shapes.GetValueOrDefault(key) ?? Shapes["unknown"];
        var name = Shapes.ContainsKey(key) ? key : "unknown";
        return $"<svg class=\"widget-icon weather-icon-{name}\" data-icon=\"{name}\" viewBox=\"0 0 24 24\" width=\"22\" height=\"22\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linecap=\"round\" stroke-linejoin=\"round\" role=\"img\" aria-label=\"{HtmlEncoder.Default.Encode(label)}\" focusable=\"false\">{shape}</svg>";
    }
}
