using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Search;

/// <summary>
/// A fixed window of searches per client IP address, pages and API together. A rejected request gets 429 with
/// Retry-After: the API as problem+json, the page through the site's status page.
/// </summary>
internal sealed class SearchRateLimitPolicy(IOptions<SearchOptions> options) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (context, cancellationToken) =>
    {
        var response = context.HttpContext.Response;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            await TypedResults.Problem(
                $"Too many searches from this client. Try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests").ExecuteAsync(context.HttpContext);
        }
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var settings = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = settings.RateLimitPermits,
            Window = settings.RateLimitWindow,
            QueueLimit = 0,
        });
    }
}
