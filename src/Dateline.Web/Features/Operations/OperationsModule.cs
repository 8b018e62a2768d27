using Dateline.Web.Features.Operations.Backup;
using Dateline.Web.Features.Operations.Health;
using Dateline.Web.Features.Operations.Overload;
using Dateline.Web.Features.Operations.Shutdown;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Operations;

/// <summary>What operators need to run a node: health endpoints, the overload limiter, graceful shutdown, backups.</summary>
public static class OperationsModule
{
    /// <summary>Readiness checks that do I/O give up after this, so a hung dependency answers "unhealthy", not nothing.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(5);

    public static IHostApplicationBuilder AddOperations(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OverloadOptions>().BindConfiguration(OverloadOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) => host.ShutdownTimeout = shutdown.Value.Timeout);
        builder.Services.AddHostedService<ShutdownDrain>();
        builder.Services.AddSingleton<ICliVerb, BackupVerb>();

        var checks = builder.Services.AddHealthChecks()
            .AddCheck<StoppingHealthCheck>("lifetime", tags: [HealthTags.Ready])
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Ready], timeout: CheckTimeout)
            .AddCheck<MediaStorageHealthCheck>("media-storage", tags: [HealthTags.Ready], timeout: CheckTimeout);
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{CachingOptions.SectionName}:{nameof(CachingOptions.Redis)}"]))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [HealthTags.Ready], timeout: CheckTimeout);
        }

        builder.Services.AddSingleton<QueueDelayMonitor>();
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<IOptions<OverloadOptions>, QueueDelayMonitor>((limiter, overload, monitor) => OverloadLimiter.Configure(limiter, overload.Value, monitor));
        return builder;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Never cached (the health middleware sends no-store), never limited, and linked from no page.
        app.MapHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportWriter.WriteAsync })
            .DisableRateLimiting();
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(HealthTags.Ready), ResponseWriter = HealthReportWriter.WriteAsync })
            .DisableRateLimiting();
        return app;
    }
}
