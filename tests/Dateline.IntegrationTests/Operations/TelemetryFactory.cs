using System.Diagnostics;
using Dateline.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Dateline.IntegrationTests.Operations;

/// <summary>The real host with telemetry on (the Prometheus exporter) and in-memory exporters the test reads.</summary>
public sealed class TelemetryFactory : DatelineFactory
{
    public TelemetryFactory()
    {
        Settings["Telemetry:Prometheus"] = "true";
    }

    public List<Activity> Spans { get; } = [];

    public List<Metric> Metrics { get; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(Metrics)));
    }
}
