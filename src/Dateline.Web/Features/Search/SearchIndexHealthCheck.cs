using System.Globalization;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Search;

/// <summary>
/// Ready when this node's index is current: built, and holding every change-feed event older than
/// <see cref="SearchOptions.StaleAfter"/>. A node that is (re)building its index, or whose follower keeps failing, leaves
/// rotation instead of answering searches with stale results. Events committed late below the index's position (the
/// follower's look-back) are not counted: they are a few seconds old by construction.
/// </summary>
internal sealed class SearchIndexHealthCheck(
    SearchIndexFollower follower,
    SearchIndex index,
    IServiceScopeFactory scopes,
    IOptions<SearchOptions> options,
    TimeProvider clock) : IHealthCheck
{
    /// <summary>On a small database the first build takes milliseconds; a probe that arrives during it waits this long.</summary>
    private static readonly TimeSpan FirstBuildWait = TimeSpan.FromSeconds(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await follower.CaughtUp.WaitAsync(FirstBuildWait, clock, cancellationToken);
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The search index is being built or has not yet read the change feed since start");
        }

        long position;
        try
        {
            position = index.Position;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or Lucene.Net.Store.LockObtainFailedException)
        {
            return HealthCheckResult.Unhealthy("The search index cannot be opened: " + ex.Message);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var unapplied = db.ArticleEvents.AsNoTracking().Where(e => e.Id > position);
        var oldest = await unapplied.OrderBy(e => e.Id).Select(e => (DateTime?)e.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        if (oldest is null)
        {
            return HealthCheckResult.Healthy(string.Create(CultureInfo.InvariantCulture, $"The search index is current (change feed event {position})"));
        }

        var count = await unapplied.CountAsync(cancellationToken);
        var age = clock.GetUtcNow().UtcDateTime - oldest.Value;
        var state = string.Create(CultureInfo.InvariantCulture, $"{count} change feed event(s) after {position} not in the search index, the oldest {age.TotalSeconds:N0} s old");
        return age > options.Value.StaleAfter
            ? HealthCheckResult.Unhealthy(state)
            : HealthCheckResult.Healthy(state + "; catching up");
    }
}
