namespace Dateline.Web.Features.MostRead;

public static class MostReadModule
{
    public static IHostApplicationBuilder AddMostRead(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MostReadOptions>()
            .BindConfiguration(MostReadOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ViewCounter>();
        builder.Services.AddSingleton<MostReadLists>();
        builder.Services.AddSingleton<Articles.Publishing.IArticleEventSubscriber>(sp => sp.GetRequiredService<MostReadLists>());
        builder.Services.AddSingleton<ViewFlusher>();
        if (builder.Configuration.GetValue($"{MostReadOptions.SectionName}:{nameof(MostReadOptions.BackgroundFlush)}", true))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<ViewFlusher>());
        }

        return builder;
    }

    public static WebApplication MapMostRead(this WebApplication app)
    {
        // Not output-cached (no policy), not limited: a count is an increment in memory, cheaper than refusing it.
        app.MapGet(ViewBeacon.PathPrefix + "{id:int}", ViewBeacon.Handle)
            .DisableRateLimiting()
            .ExcludeFromDescription();
        return app;
    }
}
