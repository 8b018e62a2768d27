namespace Dateline.IntegrationTests.Site;

/// <summary>One address the crawl visited: how it was reached and what it answered.</summary>
public sealed record CrawledUrl(
    string Path,
    string Referrer,
    LinkKind LinkedAs,
    int Status,
    string? MediaType,
    int Length,
    bool Compressed,
    string CacheControl,
    bool HasValidator,
    bool IsAttachment)
{
    public override string ToString() => $"{Status} {Path} (linked from {Referrer})";
}
