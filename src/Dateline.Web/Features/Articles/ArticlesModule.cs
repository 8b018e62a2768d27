using Dateline.Web.Features.Articles.Publishing;

namespace Dateline.Web.Features.Articles;

public static class ArticlesModule
{
    public static IHostApplicationBuilder AddArticles(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ArticleOptions>()
            .BindConfiguration(ArticleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<LiveArticles>();
        builder.Services.AddSingleton<ArticlePageQueries>();
        builder.Services.AddSingleton<ArticleCacheEviction>();
        builder.Services.AddSingleton<IArticleEventSubscriber>(sp => sp.GetRequiredService<ArticleCacheEviction>());
        builder.Services.AddScoped<ArticlePublishing>();
        builder.Services.AddOptions<OutboxPruningOptions>()
            .BindConfiguration(OutboxPruningOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Retention > TimeSpan.Zero && o.Interval > TimeSpan.Zero, "OutboxPruning:Retention and OutboxPruning:Interval must be positive.")
            .ValidateOnStart();
        builder.Services.AddSingleton<OutboxPruning>();
        if (builder.Configuration.GetValue($"{OutboxPruningOptions.SectionName}:{nameof(OutboxPruningOptions.Enabled)}", true))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxPruning>());
        }

        return builder;
    }

    public static WebApplication MapArticles(this WebApplication app)
    {
        return app;
    }
}
