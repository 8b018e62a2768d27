using System.Globalization;
using System.Text;
using System.Xml;

namespace Dateline.Web.Features.Sitemaps;

/// <summary>Writes sitemaps (sitemaps.org 0.9, with xhtml:link alternates and Google News) with an async XmlWriter.</summary>
internal sealed class SitemapWriter : IAsyncDisposable
{
    public const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNs = "http://www.w3.org/1999/xhtml";
    public const string NewsNs = "http://www.google.com/schemas/sitemap-news/0.9";

    private readonly XmlWriter _xml;
    private readonly string _origin;

    private SitemapWriter(Stream body, string origin)
    {
        _xml = XmlWriter.Create(body, new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false) });
        _origin = origin;
    }

    /// <summary>Starts a document whose root is <c>urlset</c> or <c>sitemapindex</c>.</summary>
    public static async Task<SitemapWriter> StartAsync(Stream body, string origin, string root)
    {
        var writer = new SitemapWriter(body, origin);
        await writer._xml.WriteStartDocumentAsync();
        await writer._xml.WriteStartElementAsync(null, root, SitemapNs);
        if (root == "urlset")
        {
            await writer._xml.WriteAttributeStringAsync("xmlns", "xhtml", null, XhtmlNs);
            await writer._xml.WriteAttributeStringAsync("xmlns", "news", null, NewsNs);
        }

        return writer;
    }

    public async Task SitemapAsync(string path, DateTime? lastModified)
    {
        await _xml.WriteStartElementAsync(null, "sitemap", SitemapNs);
        await _xml.WriteElementStringAsync(null, "loc", SitemapNs, _origin + path);
        await LastModifiedAsync(lastModified);
        await _xml.WriteEndElementAsync();
    }

    public async Task UrlAsync(SitemapEntry entry)
    {
        await _xml.WriteStartElementAsync(null, "url", SitemapNs);
        await _xml.WriteElementStringAsync(null, "loc", SitemapNs, _origin + entry.Path);
        await LastModifiedAsync(entry.LastModified);
        foreach (var alternate in entry.Alternates)
        {
            await _xml.WriteStartElementAsync("xhtml", "link", XhtmlNs);
            await _xml.WriteAttributeStringAsync(null, "rel", null, "alternate");
            await _xml.WriteAttributeStringAsync(null, "hreflang", null, alternate.HrefLang);
            await _xml.WriteAttributeStringAsync(null, "href", null, _origin + alternate.Path);
            await _xml.WriteEndElementAsync();
        }

        await _xml.WriteEndElementAsync();
    }

    public async Task NewsAsync(NewsEntry entry, string publicationName, string language)
    {
        await _xml.WriteStartElementAsync(null, "url", SitemapNs);
        await _xml.WriteElementStringAsync(null, "loc", SitemapNs, _origin + entry.Path);
        await _xml.WriteStartElementAsync("news", "news", NewsNs);
        await _xml.WriteStartElementAsync("news", "publication", NewsNs);
        await _xml.WriteElementStringAsync("news", "name", NewsNs, publicationName);
        await _xml.WriteElementStringAsync("news", "language", NewsNs, language);
        await _xml.WriteEndElementAsync();
        await _xml.WriteElementStringAsync("news", "publication_date", NewsNs, W3cDate(entry.PublishedAt));
        await _xml.WriteElementStringAsync("news", "title", NewsNs, entry.Headline);
        await _xml.WriteEndElementAsync();
        await _xml.WriteEndElementAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _xml.WriteEndDocumentAsync();
        await _xml.FlushAsync();
        await _xml.DisposeAsync();
    }

    private async Task LastModifiedAsync(DateTime? lastModified)
    {
        if (lastModified is { } at)
        {
            await _xml.WriteElementStringAsync(null, "lastmod", SitemapNs, W3cDate(at));
        }
    }

    private static string W3cDate(DateTime utc) =>
        utc.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);
}
