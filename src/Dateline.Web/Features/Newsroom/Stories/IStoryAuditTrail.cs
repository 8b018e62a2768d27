namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Where story actions are recorded for the audit log (create, publish, unpublish, correct, schedule…): the one seam
/// to the Audit feature. <see cref="RecordAsync"/> stages the entry in the story's unit of work, so callers call it
/// just before the save that carries the change: both commit together, and a save that fails or loses a race (the
/// change tracker is then cleared) records nothing.
/// </summary>
public interface IStoryAuditTrail
{
    Task RecordAsync(NewsroomActor actor, string action, int articleId, string? detail, CancellationToken cancellationToken);
}
