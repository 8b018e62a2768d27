using Dateline.Web.Features.Newsroom.Stories;

namespace Dateline.Web.Features.Audit;

/// <summary>Story actions into the audit log, staged so they commit with the story's own save.</summary>
internal sealed class DbStoryAuditTrail(AuditLog log) : IStoryAuditTrail
{
    public Task RecordAsync(NewsroomActor actor, string action, int articleId, string? detail, CancellationToken cancellationToken)
    {
        log.Stage(
            action,
            "story",
            articleId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            detail is null ? null : new { detail = detail.Length <= 300 ? detail : detail[..300] },
            new AuditActor(actor.UserId, actor.Name));
        return Task.CompletedTask;
    }
}
