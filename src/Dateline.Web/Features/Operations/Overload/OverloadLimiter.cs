using System.Threading.RateLimiting;
using Dateline.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;

namespace Dateline.Web.Features.Operations.Overload;

/// <summary>
/// The global limiter: one concurrency limiter with a short queue for readers' uncached requests and one for the
/// newsroom. It runs inside the output cache (see DatelineModule), so cache hits never reach it; endpoints marked
/// <c>DisableRateLimiting()</c> (static assets, health checks, metrics) skip it. Its refusals are 503 with
/// <c>Retry-After</c>; the features' own named policies (429 for search, sign-in, API keys) still apply after it.
/// While the <see cref="QueueDelayMonitor"/> reports requests waiting too long before they reach any middleware,
/// readers' uncached requests are refused outright (the newsroom keeps its concurrency limit only), since refusing
/// costs a fraction of a render and is what drains that queue.
/// </summary>
internal static class OverloadLimiter
{
    /// <summary>Reason phrase carried by this limiter's refusals, so the shared rejection handler can tell them apart.</summary>
    public const string Reason = "Dateline overload";

    private const string Readers = "readers";
    private const string Newsroom = "newsroom";
    private const string Unlimited = "unlimited";
    private const string Shed = "shed";

    public static void Configure(RateLimiterOptions limiter, OverloadOptions options, QueueDelayMonitor monitor)
    {
        if (!options.Enabled)
        {
            return;
        }

        var prefixes = options.EffectiveNewsroomPrefixes.ToArray();
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            // A re-executed error page, or the exception handler's page, belongs to a request that already holds a
            // permit: making it queue for a second one could wait on itself.
            if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                return RateLimitPartition.GetNoLimiter(Unlimited);
            }

            var path = context.Request.Path;
            var key = prefixes.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)) ? Newsroom : Readers;
            if (key == Readers && monitor.IsOverloaded)
            {
                return RateLimitPartition.Get(Shed, _ => new Refusing());
            }

            return RateLimitPartition.Get(key, _ => new MarkedLimiter(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = options.PermitLimit,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })));
        });

        var others = limiter.OnRejected;
        limiter.OnRejected = async (context, cancellationToken) =>
        {
            if (IsOverload(context.Lease))
            {
                var reason = ReferenceEquals(context.Lease, MarkedLimiter.Refused.Instance) ? "queue_delay" : "concurrency";
                await RejectAsync(context.HttpContext, options.RetryAfterSeconds, reason);
            }
            else if (others is not null)
            {
                await others(context, cancellationToken);
            }
        };
    }

    public static bool IsOverload(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.ReasonPhrase, out var reason) && reason == Reason;

    private static Task RejectAsync(HttpContext context, int retryAfterSeconds, string reason)
    {
        DatelineTelemetry.OverloadRejections.Add(1, new KeyValuePair<string, object?>("dateline.overload.reason", reason));
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";

        // A body of our own keeps the status-code pages from re-executing /error/503, which would render a page (the
        // work being refused) for every refusal.
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync($"Dateline is busy. Please retry in {retryAfterSeconds} seconds.\n", context.RequestAborted);
    }

    /// <summary>Refuses every request, with <see cref="Reason"/>: readers' partition while the queue delay is too long.</summary>
    private sealed class Refusing : RateLimiter
    {
        public override TimeSpan? IdleDuration => null;

        public override RateLimiterStatistics? GetStatistics() => null;

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => MarkedLimiter.Refused.Instance;

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            ValueTask.FromResult<RateLimitLease>(MarkedLimiter.Refused.Instance);
    }

    /// <summary>Passes through to the concurrency limiter and marks its refusals with <see cref="Reason"/>.</summary>
    private sealed class MarkedLimiter(ConcurrencyLimiter inner) : RateLimiter
    {
        public override TimeSpan? IdleDuration => inner.IdleDuration;

        public override RateLimiterStatistics? GetStatistics() => inner.GetStatistics();

        protected override RateLimitLease AttemptAcquireCore(int permitCount) => Mark(inner.AttemptAcquire(permitCount));

        protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
            Mark(await inner.AcquireAsync(permitCount, cancellationToken));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private static RateLimitLease Mark(RateLimitLease lease) => lease.IsAcquired ? lease : new Refused(lease);

        internal sealed class Refused(RateLimitLease? inner) : RateLimitLease
        {
            /// <summary>A refusal that holds nothing, shared by every shed request (disposing it does nothing).</summary>
            public static readonly Refused Instance = new(null);

            public override bool IsAcquired => false;

            public override IEnumerable<string> MetadataNames => [MetadataName.ReasonPhrase.Name];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = metadataName == MetadataName.ReasonPhrase.Name ? Reason : null;
                return metadata is not null;
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing)
                {
                    inner?.Dispose();
                }

                base.Dispose(disposing);
            }
        }
    }
}
