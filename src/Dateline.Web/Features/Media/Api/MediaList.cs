namespace Dateline.Web.Features.Media.Api;

/// <summary>A page of the library, newest first; pass <see cref="Next"/> as <c>before</c> for the next page.</summary>
public sealed record MediaList(IReadOnlyList<MediaAssetResponse> Items, int? Next);
