using System.Globalization;

namespace Dateline.Web.Features.Sitemaps;

/// <summary>Where the sitemaps live; <c>/sitemap.xml</c>, the index, names all the others.</summary>
public static class SitemapPaths
{
    public const string Index = "/sitemap.xml";

    public static string Pages(string edition) => $"/sitemaps/{edition}/pages.xml";

    public static string Topics(string edition) => $"/sitemaps/{edition}/topics.xml";

    public static string News(string edition) => $"/sitemaps/{edition}/news.xml";

    public static string Articles(string edition, int year, int month, int page) =>
        string.Create(CultureInfo.InvariantCulture, $"/sitemaps/{edition}/articles/{year:D4}/{month:D2}.xml{(page > 1 ? $"?page={page}" : "")}");
}
