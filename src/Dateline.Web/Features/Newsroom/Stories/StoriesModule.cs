using Dateline.Web.Features.Newsroom.Stories.Api;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>The newsroom's stories: working copies, revisions, workflow, scheduling, edit locks and the management API.</summary>
public static class StoriesModule
{
    public static IHostApplicationBuilder AddStories(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<StoryValidation>();
        builder.Services.AddScoped<StoryEditing>();
        builder.Services.AddScoped<StoryPublisher>();
        builder.Services.AddScoped<StoryWorkflow>();
        builder.Services.AddScoped<EditLocks>();
        builder.Services.AddScoped<NewsroomTaxonomy>();
        builder.Services.AddScoped<StoryImport>();
        builder.Services.AddScoped<Desk.DeskStories>();
        builder.Services.AddScoped<Desk.StoryComparison>();
        builder.Services.AddScoped<Desk.DeskLookups>();
        builder.Services.AddScoped<StoryTranslations>();
        builder.Services.AddOptions<ScheduledPublisherOptions>()
            .BindConfiguration(ScheduledPublisherOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<NewsroomApiOptions>()
            .BindConfiguration(NewsroomApiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ScheduledPublisher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ScheduledPublisher>());
        return builder;
    }

    public static WebApplication MapStories(this WebApplication app)
    {
        app.MapNewsroomArticlesApi();
        app.MapStoryLocksApi();
        Desk.DeskLookupsApi.MapDeskLookupsApi(app);
        return app;
    }
}
