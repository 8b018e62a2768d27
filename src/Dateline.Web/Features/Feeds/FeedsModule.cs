namespace Dateline.Web.Features.Feeds;

public static class FeedsModule
{
    public static IHostApplicationBuilder AddFeeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<FeedOptions>()
            .BindConfiguration(FeedOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<FeedContent>();
        return builder;
    }

    public static WebApplication MapFeeds(this WebApplication app)
    {
        FeedEndpoints.Map(app);
        return app;
    }
}
