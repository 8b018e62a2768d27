namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Where story actions are recorded for the audit log (create, publish, unpublish, correct, delete). The one seam to
/// the Audit feature: its implementation replaces <see cref="LoggedStoryAuditTrail"/>.
/// </summary>
public interface IStoryAuditTrail
{
    Task RecordAsync(NewsroomActor actor, string action, int articleId, string? detail, CancellationToken cancellationToken);
}
