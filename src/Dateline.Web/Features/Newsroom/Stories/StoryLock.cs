namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Who is editing a story, kept alive by the editor page's heartbeat. Apart from <see cref="Story"/> so that taking,
/// beating and releasing it never changes the story's <see cref="Story.Version"/>.
/// </summary>
public sealed class StoryLock
{
    public int ArticleId { get; set; }
    public required string HolderId { get; set; }
    public required string HolderName { get; set; }

    /// <summary>UTC: when the holder opened the story.</summary>
    public DateTime Since { get; set; }

    /// <summary>UTC: the holder's last heartbeat; a lock not beaten for <see cref="EditLocks.Expiry"/> is free.</summary>
    public DateTime HeartbeatAt { get; set; }

    /// <summary>Set when someone took the lock over, so the previous holder's next heartbeat learns who.</summary>
    public string? PreviousHolderId { get; set; }
}
