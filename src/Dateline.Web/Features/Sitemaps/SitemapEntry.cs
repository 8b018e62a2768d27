namespace Dateline.Web.Features.Sitemaps;

/// <summary>One address of a sitemap, with its last change and its other-language versions.</summary>
public sealed record SitemapEntry(string Path, DateTime? LastModified, IReadOnlyList<SitemapAlternate> Alternates);
