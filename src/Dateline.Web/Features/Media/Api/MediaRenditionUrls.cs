namespace Dateline.Web.Features.Media.Api;

/// <summary>One srcset width of an asset, in each format.</summary>
public sealed record MediaRenditionUrls(int Width, string Webp, string Jpeg, string Avif);
