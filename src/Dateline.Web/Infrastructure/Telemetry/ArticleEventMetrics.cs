using Dateline.Web.Features.Articles.Publishing;

namespace Dateline.Web.Infrastructure.Telemetry;

/// <summary>Counts the article changes committed through the publish path, by kind and edition.</summary>
internal sealed class ArticleEventMetrics : IArticleEventSubscriber
{
    public Task OnCommittedAsync(ArticleEvent articleEvent, CancellationToken cancellationToken)
    {
        DatelineTelemetry.ArticleEvents.Add(1,
            new KeyValuePair<string, object?>("kind", articleEvent.Kind.ToString()),
            new KeyValuePair<string, object?>("edition", articleEvent.EditionCode));
        return Task.CompletedTask;
    }
}
