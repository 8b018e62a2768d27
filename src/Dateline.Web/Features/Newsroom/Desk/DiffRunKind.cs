namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>What a stretch of a compared text is: in both versions, only in the older one, or only in the newer one.</summary>
public enum DiffRunKind
{
    Same,
    Removed,
    Added,
}
