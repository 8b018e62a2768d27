namespace Dateline.Web.Features.Sitemaps;

/// <summary>A story of a Google News sitemap.</summary>
public sealed record NewsEntry(string Path, string Headline, DateTime PublishedAt);
