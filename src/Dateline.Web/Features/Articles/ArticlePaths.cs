namespace Dateline.Web.Features.Articles;

/// <summary>The public URL scheme, in one place so pages, feeds and sitemaps agree.</summary>
public static class ArticlePaths
{
    public static string Article(string edition, int id, string slug) => $"/{edition}/article/{id}/{Uri.EscapeDataString(slug)}";

    public static string Section(string edition, string slug) => $"/{edition}/section/{Uri.EscapeDataString(slug)}";

    public static string Topic(string edition, string slug) => $"/{edition}/topic/{Uri.EscapeDataString(slug)}";

    public static string Author(string edition, string slug) => $"/{edition}/author/{Uri.EscapeDataString(slug)}";

    public static string Home(string edition) => "/" + edition;
}
