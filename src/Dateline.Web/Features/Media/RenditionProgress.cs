namespace Dateline.Web.Features.Media;

/// <summary>Background rendition work recorded on the asset, so a restart finishes what a crash interrupted.</summary>
public enum RenditionProgress
{
    /// <summary>Just uploaded: WebP and JPEG at the srcset widths still to make.</summary>
    Pending,

    /// <summary>WebP and JPEG exist; AVIF still to make.</summary>
    WebReady,

    Complete,

    /// <summary>The original could not be rendered; logged, not retried (requests still try on demand).</summary>
    Failed,
}
