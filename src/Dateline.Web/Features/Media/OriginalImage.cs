namespace Dateline.Web.Features.Media;

/// <summary>What serving an asset needs to know about its original; small enough to keep in memory for every hot image.</summary>
public sealed record OriginalImage(int Id, string StorageKey, string ContentType, int Width, int Height)
{
    /// <summary>The original's file extension with its dot, e.g. <c>.jpg</c>.</summary>
    public string Extension => Path.GetExtension(StorageKey);
}
