namespace Dateline.Web.Features.Sitemaps;

public static class SitemapsModule
{
    public static IHostApplicationBuilder AddSitemaps(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SitemapOptions>()
            .BindConfiguration(SitemapOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<SitemapContent>();
        return builder;
    }

    public static WebApplication MapSitemaps(this WebApplication app)
    {
        SitemapEndpoints.Map(app);
        return app;
    }
}
