namespace Dateline.Web.Features.Calendar;

public static class CalendarModule
{
    public static IHostApplicationBuilder AddCalendar(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CalendarOptions>()
            .BindConfiguration(CalendarOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<HeaderDates>();
        return builder;
    }

    public static WebApplication MapCalendar(this WebApplication app) => app;
}
