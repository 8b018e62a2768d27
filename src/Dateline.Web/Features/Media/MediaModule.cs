using Dateline.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

public static class MediaModule
{
    public static IHostApplicationBuilder AddMedia(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MediaOptions>().BindConfiguration(MediaOptions.SectionName);
        builder.Services.AddSingleton<IMediaStorage>(sp =>
        {
            var media = sp.GetRequiredService<IOptions<MediaOptions>>().Value;
            var root = string.IsNullOrWhiteSpace(media.LocalPath)
                ? Path.Combine(sp.GetRequiredService<IOptions<DatelineOptions>>().Value.ResolveDataPath(), "media")
                : media.LocalPath;
            return new LocalMediaStorage(root);
        });
        builder.Services.AddScoped<MediaLibrary>();
        return builder;
    }

    public static WebApplication MapMedia(this WebApplication app)
    {
        return app;
    }
}
