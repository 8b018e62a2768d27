using System.Diagnostics;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Dateline.IntegrationTests.Operations;

public sealed class TelemetryTests
{
    [Fact]
    public async Task Exporters_receive_the_request_spans_and_the_dateline_metrics()
    {
        await using var factory = new TelemetryFactory();
        var content = new TestContent(factory);
        var section = await content.SectionAsync();
        var article = await content.ArticleAsync(section, headline: "Traced");
        var client = factory.CreateClient();
        var path = ArticlePaths.Article("en", article.Id, article.Slug);

        await client.GetAsync(path);
        await client.GetAsync(path);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
            tracked.Headline = "Traced and updated";
            await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(tracked, ArticleEventKind.Updated)]);
        }

        var scrape = await client.GetStringAsync("/metrics");
        factory.Services.GetRequiredService<TracerProvider>().ForceFlush();
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var requests = factory.Spans.Where(s => s.Kind == ActivityKind.Server && (s.GetTagItem("url.path") as string) == path).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("{edition:length(2)}/article/{id:int}/{slug?}", requests[0].GetTagItem("http.route"));
        Assert.Contains(factory.Spans, s => s.Kind == ActivityKind.Client && s.TraceId == requests[0].TraceId && s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal));
        var metrics = factory.Metrics.Select(m => m.Name).ToHashSet();
        Assert.Contains("dateline.output_cache.hits", metrics);
        Assert.Contains("dateline.output_cache.misses", metrics);
        Assert.Contains("dateline.pages.rendered", metrics);
        Assert.Contains("dateline.articles.events", metrics);
        Assert.Contains("http.server.request.duration", metrics);
        Assert.Contains("dateline_output_cache_hits_total", scrape);
        Assert.Contains("dateline_articles_events_total{", scrape);
        Assert.DoesNotContain(factory.Spans, s => (s.GetTagItem("url.path") as string) == "/metrics");
    }

    [Fact]
    public async Task Without_an_exporter_configured_the_sdk_is_not_registered_and_metrics_are_not_served()
    {
        await using var factory = new DatelineFactory();
        var client = factory.CreateClient();

        var scrape = await client.GetAsync("/metrics");

        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, scrape.StatusCode);
    }
}
