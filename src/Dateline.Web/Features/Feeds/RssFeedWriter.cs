using System.Globalization;
using System.Xml;

namespace Dateline.Web.Features.Feeds;

/// <summary>Writes RSS 2.0 with the Atom (self link), content, Dublin Core (bylines) and Media RSS extensions.</summary>
internal static class RssFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";
    private const string MediaNs = "http://search.yahoo.com/mrss/";

    public static async Task WriteAsync(XmlWriter xml, FeedChannel channel, IReadOnlyList<FeedItem> items, string origin, bool fullText, DateTime updated)
    {
        var edition = channel.Edition;
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "rss", null);
        await xml.WriteAttributeStringAsync(null, "version", null, "2.0");
        await xml.WriteAttributeStringAsync("xmlns", "atom", null, AtomNs);
        await xml.WriteAttributeStringAsync("xmlns", "content", null, ContentNs);
        await xml.WriteAttributeStringAsync("xmlns", "dc", null, DcNs);
        await xml.WriteAttributeStringAsync("xmlns", "media", null, MediaNs);
        await xml.WriteStartElementAsync(null, "channel", null);
        await xml.WriteElementStringAsync(null, "title", null, channel.Title);
        await xml.WriteElementStringAsync(null, "link", null, origin + channel.ListPath);
        await xml.WriteElementStringAsync(null, "description", null, channel.Description);
        await xml.WriteElementStringAsync(null, "language", null, edition.Code);
        await xml.WriteElementStringAsync(null, "lastBuildDate", null, FeedText.Rfc822(updated));
        await xml.WriteElementStringAsync(null, "generator", null, "Dateline");
        await xml.WriteStartElementAsync("atom", "link", AtomNs);
        await xml.WriteAttributeStringAsync(null, "href", null, origin + FeedPaths.For(channel.ListPath, FeedFormat.Rss));
        await xml.WriteAttributeStringAsync(null, "rel", null, "self");
        await xml.WriteAttributeStringAsync(null, "type", null, FeedFormat.Rss.MediaType);
        await xml.WriteEndElementAsync();

        foreach (var item in items)
        {
            await xml.WriteStartElementAsync(null, "item", null);
            await xml.WriteElementStringAsync(null, "title", null, item.Headline);
            await xml.WriteElementStringAsync(null, "link", null, origin + item.Path);
            await xml.WriteStartElementAsync(null, "guid", null);
            await xml.WriteAttributeStringAsync(null, "isPermaLink", null, "true");
            await xml.WriteStringAsync(origin + item.StablePath);
            await xml.WriteEndElementAsync();
            await xml.WriteElementStringAsync(null, "pubDate", null, FeedText.Rfc822(item.PublishedAt));
            await xml.WriteElementStringAsync("dc", "creator", DcNs, FeedText.Byline(item, edition));
            await xml.WriteElementStringAsync(null, "category", null, item.SectionName);

            // The summary always goes in description (readers show it in lists); content:encoded must come after it.
            await xml.WriteElementStringAsync(null, "description", null, FeedText.SummaryHtml(edition, item.Summary));
            if (fullText)
            {
                await xml.WriteStartElementAsync("content", "encoded", ContentNs);
                await xml.WriteCDataAsync(FeedText.Html(edition, item.BodyHtml));
                await xml.WriteEndElementAsync();
            }

            if (item.Image is { } image)
            {
                await xml.WriteStartElementAsync(null, "enclosure", null);
                await xml.WriteAttributeStringAsync(null, "url", null, origin + image.Path);
                await xml.WriteAttributeStringAsync(null, "length", null, image.Length.ToString(CultureInfo.InvariantCulture));
                await xml.WriteAttributeStringAsync(null, "type", null, image.ContentType);
                await xml.WriteEndElementAsync();
                await MediaContentAsync(xml, image, origin);
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    /// <summary>Media RSS, which most readers use for a story's picture: the same image as the enclosure, with its size.</summary>
    internal static async Task MediaContentAsync(XmlWriter xml, FeedImage image, string origin)
    {
        await xml.WriteStartElementAsync("media", "content", MediaNs);
        await xml.WriteAttributeStringAsync(null, "url", null, origin + image.Path);
        await xml.WriteAttributeStringAsync(null, "type", null, image.ContentType);
        await xml.WriteAttributeStringAsync(null, "medium", null, "image");
        await xml.WriteAttributeStringAsync(null, "fileSize", null, image.Length.ToString(CultureInfo.InvariantCulture));
        await xml.WriteAttributeStringAsync(null, "width", null, image.Width.ToString(CultureInfo.InvariantCulture));
        await xml.WriteAttributeStringAsync(null, "height", null, image.Height.ToString(CultureInfo.InvariantCulture));
        if (!string.IsNullOrWhiteSpace(image.Description))
        {
            await xml.WriteElementStringAsync("media", "description", MediaNs, image.Description);
        }

        if (!string.IsNullOrWhiteSpace(image.Credit))
        {
            await xml.WriteElementStringAsync("media", "credit", MediaNs, image.Credit);
        }

        await xml.WriteEndElementAsync();
    }
}
