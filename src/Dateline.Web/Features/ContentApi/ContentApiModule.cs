using Dateline.Web.Features.ContentApi.ApiKeys;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.AspNetCore.RateLimiting;

namespace Dateline.Web.Features.ContentApi;

public static class ContentApiModule
{
    public static IHostApplicationBuilder AddContentApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ContentApiOptions>().BindConfiguration(ContentApiOptions.SectionName);
        builder.Services.AddScoped<ContentQueries>();
        builder.Services.AddScoped<ApiKeyStore>();
        builder.Services.AddSingleton<ICliVerb, ApiKeysVerb>();
        builder.Services.AddSingleton<ContentApiRateLimitPolicy>();
        builder.Services.AddOptions<RateLimiterOptions>()
            .Configure<ContentApiRateLimitPolicy>((o, policy) => o.AddPolicy(ContentApiRateLimitPolicy.Name, policy));
        return builder;
    }

    /// <summary>Before the rate limiter: it counts per API key, which this resolves.</summary>
    public static IApplicationBuilder UseContentApiKeys(this IApplicationBuilder app) => app.UseMiddleware<ApiKeyMiddleware>();

    public static WebApplication MapContentApi(this WebApplication app)
    {
        app.MapContentEndpoints();
        return app;
    }
}
