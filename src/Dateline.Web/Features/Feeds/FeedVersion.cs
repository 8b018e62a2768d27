using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Features.Feeds;

/// <summary>
/// A feed's entity tag, computed from everything the feed writes before a byte of it is written, so the body can be
/// streamed and still answer If-None-Match. Weak, because the same feed goes out gzip, Brotli or plain.
/// </summary>
internal static class FeedVersion
{
    public static EntityTagHeaderValue ETag(FeedFormat format, FeedChannel channel, IReadOnlyList<FeedItem> items, string origin, bool fullText)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, format.FileName, origin, channel.Title, channel.Description, channel.ListPath, channel.Edition.SiteName, fullText ? "full" : "summary");
        foreach (var item in items)
        {
            Add(hash, item.Id.ToString(CultureInfo.InvariantCulture), item.Slug, item.Headline, item.Summary, fullText ? item.BodyHtml : null,
                item.PublishedAt.Ticks.ToString(CultureInfo.InvariantCulture), item.UpdatedAt.Ticks.ToString(CultureInfo.InvariantCulture),
                item.SectionName, item.AgencyCredit, item.Image?.ToString());
            foreach (var author in item.Authors)
            {
                Add(hash, author.Name, author.Path);
            }
        }

        return new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 12))}\"", isWeak: true);
    }

    private static void Add(IncrementalHash hash, params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(value ?? "\u0001"));
            hash.AppendData([0]);
        }
    }
}
