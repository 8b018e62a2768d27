namespace Dateline.Web.Features.CdnPurge;

/// <summary>
/// The response headers a CDN files a copy under, so that a purge by the same tags reaches it: Fastly's
/// <c>Surrogate-Key</c> (space-separated) and Cloudflare's <c>Cache-Tag</c> (comma-separated). They carry the
/// output-cache tags, which are also what <c>ArticleCacheEviction</c> evicts and <see cref="CdnPurgeSender"/> purges.
/// </summary>
public static class SurrogateKeyHeaders
{
    public const string SurrogateKey = "Surrogate-Key";
    public const string CacheTag = "Cache-Tag";

    public static void Set(IHeaderDictionary headers, IEnumerable<string> tags)
    {
        var list = tags.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            headers[SurrogateKey] = string.Join(' ', list);
            headers[CacheTag] = string.Join(',', list);
        }
    }
}
