using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>Adds a purge request to the article change's own transaction, when a CDN provider is configured.</summary>
internal sealed class CdnPurgeOutbox(IOptions<CdnPurgeOptions> options, TimeProvider clock) : IArticleEventOutbox
{
    public ValueTask EnqueueAsync(ArticleEvent articleEvent, DatelineDbContext db, CancellationToken cancellationToken)
    {
        if (options.Value.Provider != CdnProvider.None)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.CdnPurgeRequests.Add(new CdnPurgeRequest { ArticleEvent = articleEvent, CreatedAt = now, NextAttemptAt = now });
        }

        return ValueTask.CompletedTask;
    }
}
