using System.Globalization;
using System.Threading.RateLimiting;
using Dateline.Web.Features.ContentApi.ApiKeys;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.ContentApi;

/// <summary>
/// A fixed window per API key, or per client address for anonymous callers (a smaller allowance). Rejections are
/// 429 problem responses with Retry-After, so a well-behaved client knows when to come back.
/// </summary>
internal sealed class ContentApiRateLimitPolicy(IOptions<ContentApiOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "ContentApi";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = static async (rejected, cancellationToken) =>
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"The request limit for this key or address has been reached. Try again in {seconds} seconds.",
            },
        });
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        var settings = options.Value;
        var client = httpContext.Features.Get<ApiClient>() ?? ApiClient.Anonymous;
        var (partition, permits) = client.KeyId is { } id
            ? ("key:" + id.ToString(CultureInfo.InvariantCulture), settings.PermitsPerKey)
            : ("ip:" + (httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"), settings.PermitsPerAnonymousClient);
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = settings.RateLimitWindow,
            QueueLimit = 0,
        });
    }
}
