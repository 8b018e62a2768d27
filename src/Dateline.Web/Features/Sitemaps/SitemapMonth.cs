namespace Dateline.Web.Features.Sitemaps;

/// <summary>A month of an edition's live stories: how many, and when the newest change among them was.</summary>
public sealed record SitemapMonth(int Year, int Month, int Count, DateTime LastModified);
