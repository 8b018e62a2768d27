namespace Dateline.Web.Infrastructure.Telemetry;

/// <summary>
/// Exporters, bound from the <c>Telemetry</c> section; the OTLP endpoint is <c>OpenTelemetry:Endpoint</c> or the
/// standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. With neither an endpoint nor Prometheus, the OpenTelemetry SDK is not
/// registered at all and the request path pays nothing for it.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Serve metrics for Prometheus to scrape at <see cref="PrometheusPath"/>.</summary>
    public bool Prometheus { get; set; }

    /// <summary>Where Prometheus scrapes; keep it off the public proxy (it is never linked, cached or rate-limited).</summary>
    public string PrometheusPath { get; set; } = "/metrics";
}
