namespace Dateline.Web.Features.Media.Api;

/// <summary>The assets one upload created, in the order of its files.</summary>
public sealed record MediaUploaded(IReadOnlyList<MediaAssetResponse> Items);
