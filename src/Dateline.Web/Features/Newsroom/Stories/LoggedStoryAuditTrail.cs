namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>Writes story actions to the log until the audit log is wired in.</summary>
internal sealed class LoggedStoryAuditTrail(ILogger<LoggedStoryAuditTrail> logger) : IStoryAuditTrail
{
    public Task RecordAsync(NewsroomActor actor, string action, int articleId, string? detail, CancellationToken cancellationToken)
    {
        logger.LogInformation("Story {ArticleId}: {Action} by {UserId} ({Detail})", articleId, action, actor.UserId, detail);
        return Task.CompletedTask;
    }
}
