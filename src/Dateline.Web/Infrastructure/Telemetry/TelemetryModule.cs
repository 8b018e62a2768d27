using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Caching;
using Microsoft.AspNetCore.Mvc;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Dateline.Web.Infrastructure.Telemetry;

public static class TelemetryModule
{
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName);

        // Always counted: with no listener a counter is a flag check, and dotnet-counters can read the "Dateline"
        // meter without any exporter configured.
        builder.Services.AddSingleton<IArticleEventSubscriber, ArticleEventMetrics>();
        builder.Services.Configure<MvcOptions>(o => o.Filters.Add(new PageRenderMetrics()));

        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        var endpoint = builder.Configuration["OpenTelemetry:Endpoint"];
        var standardEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var otlp = !string.IsNullOrWhiteSpace(endpoint) || !string.IsNullOrWhiteSpace(standardEndpoint);
        if (!otlp && !options.Prometheus)
        {
            return builder;
        }

        var redis = !string.IsNullOrWhiteSpace(builder.Configuration[$"{CachingOptions.SectionName}:{nameof(CachingOptions.Redis)}"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "dateline"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(DatelineTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOperatorEndpoint(context.Request.Path, options))
                    .AddHttpClientInstrumentation()
                    .AddEntityFrameworkCoreInstrumentation();
                if (redis)
                {
                    tracing.AddRedisInstrumentation();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(DatelineTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        if (otlp)
        {
            // The standard OTEL_EXPORTER_OTLP_* variables (protocol, headers) are read by the exporter itself;
            // OpenTelemetry:Endpoint, when set, wins over the variable's endpoint.
            if (!string.IsNullOrWhiteSpace(endpoint))
            {
                var protocol = string.Equals(builder.Configuration["OpenTelemetry:Protocol"], "http/protobuf", StringComparison.OrdinalIgnoreCase)
                    ? OtlpExportProtocol.HttpProtobuf
                    : OtlpExportProtocol.Grpc;
                telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
            }
            else
            {
                telemetry.UseOtlpExporter();
            }
        }

        return builder;
    }

    public static WebApplication MapTelemetry(this WebApplication app)
    {
        var options = app.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new();
        if (options.Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(options.PrometheusPath).DisableRateLimiting();
        }

        return app;
    }

    /// <summary>Probes and scrapes arrive every few seconds and say nothing about readers; they are not traced.</summary>
    private static bool IsOperatorEndpoint(PathString path, TelemetryOptions options) =>
        path.StartsWithSegments("/healthz") || path.StartsWithSegments(options.PrometheusPath);
}
