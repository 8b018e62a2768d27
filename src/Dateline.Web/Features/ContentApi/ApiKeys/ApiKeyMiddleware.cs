using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.ContentApi.ApiKeys;

/// <summary>
/// Resolves the caller of a content API endpoint before the rate limiter runs, so that the limiter can count per key
/// (or per address when anonymous) without touching the database itself. A key that is presented must be valid: a
/// revoked or unknown key is refused rather than served as anonymous, so a partner notices.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, IOptionsMonitor<ContentApiOptions> options)
{
    public async Task InvokeAsync(HttpContext context, ApiKeyStore keys, IProblemDetailsService problems)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiKeyRequirement>() is null)
        {
            await next(context);
            return;
        }

        var presented = context.Request.Headers[ApiKeyRequirement.HeaderName].ToString();
        ApiClient? client;
        if (presented.Length == 0)
        {
            if (!options.CurrentValue.AllowAnonymous)
            {
                await RefuseAsync(context, problems, $"This API needs a key in the {ApiKeyRequirement.HeaderName} header.");
                return;
            }

            client = ApiClient.Anonymous;
        }
        else if ((client = await keys.FindActiveAsync(presented.Trim(), context.RequestAborted)) is null)
        {
            await RefuseAsync(context, problems, "The API key is not valid: it is unknown or has been revoked.");
            return;
        }

        context.Features.Set(client);
        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, IProblemDetailsService problems, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.WWWAuthenticate = $"{ApiKeyRequirement.HeaderName} realm=\"content\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = "API key required", Detail = detail },
        });
    }
}
