using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Dateline.Web.Features.Operations.Health;

/// <summary>
/// Ready when the database answers and has every migration this build knows. A node started with
/// <c>Database:MigrateOnStart=false</c> before the deploy step migrated stays out of rotation until it has.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        try
        {
            // Opened first: reading the migration history of a database that is gone reports every migration as
            // pending, which would send the operator to the wrong problem.
            await db.Database.OpenConnectionAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"{db.Database.ProviderName} answers; migrations applied")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied, first {pending[0]}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database does not answer: " + ex.Message);
        }
    }
}
