using Dateline.Web.Features.Editions;

namespace Dateline.Web.Features.StructuredData;

/// <summary>Open Graph values that differ from the page's own.</summary>
public static class OpenGraph
{
    /// <summary>
    /// og:locale of an edition: its culture with an underscore (ar-AE → ar_AE), except English, which Facebook
    /// knows only as en_US and en_GB, so a regional English culture such as en-AE is announced as en_US.
    /// </summary>
    public static string Locale(EditionView edition)
    {
        var culture = edition.CultureInfo;
        if (culture.TwoLetterISOLanguageName == "en" && culture.Name is not ("en-GB" or "en-US"))
        {
            return "en_US";
        }

        return culture.Name.Replace('-', '_');
    }
}
