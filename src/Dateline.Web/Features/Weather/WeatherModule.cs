using Dateline.Web.Features.Weather.Api;
using Dateline.Web.Features.Weather.Public;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Weather;

public static class WeatherModule
{
    public static IHostApplicationBuilder AddWeather(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WeatherOptions>()
            .BindConfiguration(WeatherOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Four information lines per request for fifteen cities every quarter hour drown the log; failures still show.
        builder.Logging.AddFilter("System.Net.Http.HttpClient.IWeatherProvider", LogLevel.Warning);
        builder.Services.AddSingleton<WeatherReports>();
        builder.Services.AddSingleton<WeatherRefresh>();

        builder.Services.AddHttpClient<IWeatherProvider, OpenMeteoClient>((sp, http) =>
            {
                var settings = sp.GetRequiredService<IOptions<WeatherOptions>>().Value.OpenMeteo;
                http.BaseAddress = new Uri(settings.BaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.UserAgent.ParseAdd("Dateline/1.0");
                // The resilience pipeline's total timeout governs; this only keeps HttpClient from cutting in first.
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider sp) =>
            {
                var settings = sp.GetRequiredService<IOptions<WeatherOptions>>().Value.OpenMeteo;
                resilience.AttemptTimeout.Timeout = settings.AttemptTimeout;
                resilience.Retry.MaxRetryAttempts = settings.MaxRetryAttempts;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(300);
                resilience.TotalRequestTimeout.Timeout = (settings.AttemptTimeout * (settings.MaxRetryAttempts + 1)) + TimeSpan.FromSeconds(5);
                // A sweep is ~15 calls every 15 minutes, far below the defaults' 100-call minimum: open the circuit after a
                // handful of failures so the rest of a sweep during an outage fails fast instead of waiting on timeouts.
                resilience.CircuitBreaker.MinimumThroughput = 4;
                resilience.CircuitBreaker.FailureRatio = 0.5;
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(2);
                resilience.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(1);
            });

        // Always registered; WeatherRefresh itself reads BackgroundRefresh, so the switch works from any configuration source.
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WeatherRefresh>());

        return builder;
    }

    public static WebApplication MapWeather(this WebApplication app)
    {
        app.MapWeatherApi();
        app.MapWeatherWidget();
        return app;
    }
}
