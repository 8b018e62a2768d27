namespace Dateline.Web.Features.Sitemaps;

/// <summary>The same page in another language, for an <c>xhtml:link rel="alternate" hreflang</c>.</summary>
public sealed record SitemapAlternate(string HrefLang, string Path);
