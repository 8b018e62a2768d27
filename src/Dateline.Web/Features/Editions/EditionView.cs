using System.Globalization;

namespace Dateline.Web.Features.Editions;

/// <summary>What a page needs to know about its edition: language, direction, branding, navigation, UI text.</summary>
public sealed record EditionView(
    string Code,
    string Name,
    string Culture,
    TextDirection Direction,
    string SiteName,
    string? Tagline,
    EditionStrings Text,
    IReadOnlyList<NavigationSection> Sections)
{
    public string Dir => Direction == TextDirection.Rtl ? "rtl" : "ltr";

    public CultureInfo CultureInfo { get; } = CultureInfo.GetCultureInfo(Culture);

    public string HomePath => "/" + Code;

    public string OtherCode => Code == "ar" ? "en" : "ar";

    public bool IsArabic => Code == "ar";
}
