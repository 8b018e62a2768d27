using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

/// <summary>
/// A fixed window of sign-in posts per client address; showing the form is never limited. A refused post gets 429
/// with Retry-After and the newsroom's status page.
/// </summary>
internal sealed class SignInRateLimitPolicy(IOptions<NewsroomOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "Newsroom.SignIn";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = (context, _) =>
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (!HttpMethods.IsPost(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var settings = options.Value;
        return RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.SignInPermitLimit, Window = settings.SignInWindow, QueueLimit = 0 });
    }
}
