using Dateline.Web.Features.Media.Api;
using Dateline.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

public static class MediaModule
{
    public static IHostApplicationBuilder AddMedia(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MediaOptions>, MediaOptionsValidator>());
        builder.Services.AddSingleton<IMediaStorage>(sp =>
        {
            var media = sp.GetRequiredService<IOptions<MediaOptions>>().Value;
            var root = string.IsNullOrWhiteSpace(media.LocalPath)
                ? Path.Combine(sp.GetRequiredService<IOptions<DatelineOptions>>().Value.ResolveDataPath(), "media")
                : media.LocalPath;
            return new LocalMediaStorage(root);
        });

        // The Redis setup of the output cache does not register a memory cache; asset lookups need one either way.
        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<MediaAssetLookup>();
        builder.Services.AddSingleton<RenditionStore>();
        builder.Services.AddSingleton<ImageRenditions>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ImageRenditions>());
        builder.Services.AddSingleton<UploadGate>();
        builder.Services.AddScoped<MediaLibrary>();
        builder.Services.AddScoped<MediaUsage>();
        builder.Services.AddScoped<BodyImages>();
        builder.Services.AddScoped<MediaSearch>();
        return builder;
    }

    public static WebApplication MapMedia(this WebApplication app)
    {
        ServeRendition.Map(app);
        ServeCrop.Map(app);
        DownloadOriginal.Map(app);
        app.MapNewsroomMediaApi();
        return app;
    }
}
