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
        return builder;
    }

    public static WebApplication MapArticles(this WebApplication app)
    {
        return app;
    }
}
