using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Operations.Health;
using Dateline.Web.Features.Search.Api;
using Dateline.Web.Features.Search.Cli;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.AspNetCore.RateLimiting;

namespace Dateline.Web.Features.Search;

public static class SearchModule
{
    /// <summary>The rate-limiter policy of the search page and API: a fixed window per client IP address.</summary>
    public const string RateLimitPolicy = "Search";

    public static IHostApplicationBuilder AddSearch(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SearchIndex>();
        builder.Services.AddScoped<ArticleIndexing>();
        builder.Services.AddSingleton<ArticleSearch>();
        builder.Services.AddSingleton<ISimilarStories, SimilarArticles>();
        builder.Services.AddSingleton<SearchIndexFollower>();
        builder.Services.AddSingleton<IArticleEventSubscriber>(sp => sp.GetRequiredService<SearchIndexFollower>());
        if (builder.Configuration.GetValue($"{SearchOptions.SectionName}:{nameof(SearchOptions.FollowChanges)}", true))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<SearchIndexFollower>());
        }

        builder.Services.AddHealthChecks().AddCheck<SearchIndexHealthCheck>("search-index", tags: [HealthTags.Ready], timeout: TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<ICliVerb, SearchVerb>();
        builder.Services.Configure<RateLimiterOptions>(o => o.AddPolicy<string, SearchRateLimitPolicy>(RateLimitPolicy));
        return builder;
    }

    public static WebApplication MapSearch(this WebApplication app)
    {
        app.MapSearchApi();
        return app;
    }
}
