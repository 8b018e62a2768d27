namespace Dateline.Web.Features.Media.Api;

/// <summary>An asset and the stories that use it.</summary>
public sealed record MediaDetail(MediaAssetResponse Asset, IReadOnlyList<MediaUse> UsedIn);
