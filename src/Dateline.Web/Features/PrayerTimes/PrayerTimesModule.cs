using Dateline.Web.Features.PrayerTimes.Api;

namespace Dateline.Web.Features.PrayerTimes;

public static class PrayerTimesModule
{
    public static IHostApplicationBuilder AddPrayerTimes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PrayerTimesOptions>()
            .BindConfiguration(PrayerTimesOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<PrayerTimetable>();
        return builder;
    }

    public static WebApplication MapPrayerTimes(this WebApplication app)
    {
        app.MapPrayerTimesApi();
        return app;
    }
}
