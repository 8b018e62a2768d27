using System.Globalization;
using System.Xml;

namespace Dateline.Web.Features.Feeds;

/// <summary>Writes Atom 1.0 (RFC 4287) with Media RSS for the hero image.</summary>
internal static class AtomFeedWriter
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string MediaNs = "http://search.yahoo.com/mrss/";

    public static async Task WriteAsync(XmlWriter xml, FeedChannel channel, IReadOnlyList<FeedItem> items, string origin, bool fullText, DateTime updated)
    {
        var edition = channel.Edition;
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "feed", AtomNs);
        await xml.WriteAttributeStringAsync("xmlns", "media", null, MediaNs);
        await xml.WriteAttributeStringAsync("xml", "lang", null, edition.Code);
        await xml.WriteElementStringAsync(null, "id", AtomNs, origin + channel.ListPath);
        await xml.WriteElementStringAsync(null, "title", AtomNs, channel.Title);
        await xml.WriteElementStringAsync(null, "subtitle", AtomNs, channel.Description);
        await xml.WriteElementStringAsync(null, "updated", AtomNs, FeedText.Rfc3339(updated));
        await LinkAsync(xml, "alternate", "text/html", origin + channel.ListPath);
        await LinkAsync(xml, "self", FeedFormat.Atom.MediaType, origin + FeedPaths.For(channel.ListPath, FeedFormat.Atom));

        // The feed's author stands for every entry without a byline of its own.
        await AuthorAsync(xml, edition.SiteName, origin + edition.HomePath);
        await xml.WriteElementStringAsync(null, "generator", AtomNs, "Dateline");

        foreach (var item in items)
        {
            await xml.WriteStartElementAsync(null, "entry", AtomNs);
            await xml.WriteElementStringAsync(null, "id", AtomNs, origin + item.StablePath);
            await xml.WriteElementStringAsync(null, "title", AtomNs, item.Headline);
            await LinkAsync(xml, "alternate", "text/html", origin + item.Path);
            await xml.WriteElementStringAsync(null, "published", AtomNs, FeedText.Rfc3339(item.PublishedAt));
            await xml.WriteElementStringAsync(null, "updated", AtomNs, FeedText.Rfc3339(item.UpdatedAt));
            foreach (var author in item.Authors)
            {
                await AuthorAsync(xml, author.Name, origin + author.Path);
            }

            if (item.Authors.Count == 0 && item.AgencyCredit is { } agency)
            {
                await AuthorAsync(xml, agency, null);
            }

            await xml.WriteStartElementAsync(null, "category", AtomNs);
            await xml.WriteAttributeStringAsync(null, "term", null, item.SectionName);
            await xml.WriteEndElementAsync();
            await xml.WriteStartElementAsync(null, "summary", AtomNs);
            await xml.WriteAttributeStringAsync(null, "type", null, "html");
            await xml.WriteStringAsync(FeedText.SummaryHtml(edition, item.Summary));
            await xml.WriteEndElementAsync();
            if (fullText)
            {
                await xml.WriteStartElementAsync(null, "content", AtomNs);
                await xml.WriteAttributeStringAsync(null, "type", null, "html");
                await xml.WriteStringAsync(FeedText.Html(edition, item.BodyHtml));
                await xml.WriteEndElementAsync();
            }

            if (item.Image is { } image)
            {
                await xml.WriteStartElementAsync(null, "link", AtomNs);
                await xml.WriteAttributeStringAsync(null, "rel", null, "enclosure");
                await xml.WriteAttributeStringAsync(null, "type", null, image.ContentType);
                await xml.WriteAttributeStringAsync(null, "length", null, image.Length.ToString(CultureInfo.InvariantCulture));
                await xml.WriteAttributeStringAsync(null, "href", null, origin + image.Path);
                await xml.WriteEndElementAsync();
                await RssFeedWriter.MediaContentAsync(xml, image, origin);
            }

            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private static async Task LinkAsync(XmlWriter xml, string rel, string type, string href)
    {
        await xml.WriteStartElementAsync(null, "link", AtomNs);
        await xml.WriteAttributeStringAsync(null, "rel", null, rel);
        await xml.WriteAttributeStringAsync(null, "type", null, type);
        await xml.WriteAttributeStringAsync(null, "href", null, href);
        await xml.WriteEndElementAsync();
    }

    private static async Task AuthorAsync(XmlWriter xml, string name, string? uri)
    {
        await xml.WriteStartElementAsync(null, "author", AtomNs);
        await xml.WriteElementStringAsync(null, "name", AtomNs, name);
        if (uri is not null)
        {
            await xml.WriteElementStringAsync(null, "uri", AtomNs, uri);
        }

        await xml.WriteEndElementAsync();
    }
}
