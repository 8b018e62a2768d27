namespace Dateline.Web.Features.Media;

/// <summary>Media storage and rendition settings, bound from the <c>Media</c> section.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Media";

    /// <summary>Folder for originals and renditions; empty means <c>{Dateline:DataPath}/media</c>.</summary>
    public string? LocalPath { get; set; }

    /// <summary>Rendition widths offered in srcset, smallest first.</summary>
    public int[] Widths { get; set; } = [320, 480, 640, 800, 1024, 1280, 1600];

    /// <summary>Largest accepted upload, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 25 * 1024 * 1024;
}
