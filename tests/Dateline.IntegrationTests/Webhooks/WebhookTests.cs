using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Webhooks;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Webhooks;

/// <summary>
/// Webhooks end to end: registered through the management API, written by the publish path, sent by the real sender
/// to a real receiver that verifies them with the Standard Webhooks library. Each test first disables every endpoint
/// the class's earlier tests left, so it sees only its own deliveries.
/// </summary>
public abstract class WebhookTests(WebhookFactory factory)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly TestContent _content = new(factory);

    [SkippableFact]
    public async Task Publishing_a_story_sends_one_delivery_signed_as_the_Standard_Webhooks_library_expects()
    {
        factory.RequireDatabase();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpointId = await RegisterAsync(receiver, WebhookEventTypes.All);

        var article = await PublishAsync(ArticleEventKind.Published);
        var sent = await Dispatcher(factory).RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, sent);
        var received = Assert.Single(receiver.Received);
        Assert.Null(received.VerifyError);
        Assert.StartsWith("application/json", received.ContentType, StringComparison.Ordinal);
        Assert.StartsWith("msg_", received.Id, StringComparison.Ordinal);
        Assert.InRange(received.Timestamp, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        using var body = JsonDocument.Parse(received.Body);
        Assert.Equal("article.published", body.RootElement.GetProperty("type").GetString());
        var data = body.RootElement.GetProperty("data");
        Assert.Equal(article.Id, data.GetProperty("articleId").GetInt32());
        Assert.Equal("en", data.GetProperty("edition").GetString());
        Assert.Equal(article.Headline, data.GetProperty("headline").GetString());
        Assert.Equal(ArticlePaths.Article("en", article.Id, article.Slug), data.GetProperty("url").GetString());
        Assert.Equal($"/api/v1/content/articles/{article.Id}", data.GetProperty("contentApiUrl").GetString());

        Assert.Equal(0, await Dispatcher(factory).RunOnceAsync(CancellationToken.None));
        var log = await DeliveryLogAsync(endpointId);
        var delivery = Assert.Single(log.EnumerateArray());
        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal(received.Id, delivery.GetProperty("messageId").GetString());
        Assert.Equal(204, Assert.Single(delivery.GetProperty("attemptLog").EnumerateArray()).GetProperty("statusCode").GetInt32());
        Assert.Single(receiver.Received);
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task Each_change_goes_only_to_enabled_endpoints_subscribed_to_its_type()
    {
        factory.RequireDatabase();
        await using var everything = await WebhookReceiver.StartAsync();
        await using var corrections = await WebhookReceiver.StartAsync();
        await using var disabled = await WebhookReceiver.StartAsync();
        await RegisterAsync(everything, WebhookEventTypes.All);
        await RegisterAsync(corrections, [WebhookEventTypes.Corrected], disableOthers: false);
        var disabledId = await RegisterAsync(disabled, WebhookEventTypes.All, disableOthers: false);
        using var admin = await AdminClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/v1/newsroom/webhooks/{disabledId}/disable", null)).StatusCode);

        var article = await PublishAsync(ArticleEventKind.Updated, ArticleEventKind.Corrected);
        await Dispatcher(factory).RunOnceAsync(CancellationToken.None);

        Assert.Equal(["article.corrected", "article.updated"], everything.Received.Select(TypeOf).Order());
        Assert.Equal(["article.corrected"], corrections.Received.Select(TypeOf));
        Assert.Empty(disabled.Received);
        Assert.All(everything.Received.Concat(corrections.Received), r => Assert.Null(r.VerifyError));
        Assert.Equal(3, everything.Received.Concat(corrections.Received).Select(r => r.Id).Distinct().Count());
        Assert.Equal(article.Id, ArticleIdOf(corrections.Received.Single()));
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task A_failing_receiver_is_retried_with_growing_delays_and_the_same_webhook_id()
    {
        factory.RequireDatabase();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpointId = await RegisterAsync(receiver, WebhookEventTypes.All);
        receiver.FailNext(2);

        await PublishAsync(ArticleEventKind.Published);
        await SendUntilAsync(factory, () => receiver.Received.Any(r => !r.Failed));

        var received = receiver.Received.ToList();
        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.All(received, r => Assert.Null(r.VerifyError));
        Assert.Equal([true, true, false], received.Select(r => r.Failed));
        var delivery = Assert.Single((await DeliveryLogAsync(endpointId)).EnumerateArray());
        Assert.Equal("delivered", delivery.GetProperty("status").GetString());
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        var attempts = delivery.GetProperty("attemptLog").EnumerateArray().ToList();
        Assert.Equal([500, 500, 204], attempts.Select(a => a.GetProperty("statusCode").GetInt32()));

        // First retry delay 200 ms, doubled each time, with equal jitter: at least 100 ms, then at least 200 ms.
        var times = attempts.Select(a => a.GetProperty("attemptedAt").GetDateTime()).ToList();
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(100), $"first retry after {times[1] - times[0]}");
        Assert.True(times[2] - times[1] >= TimeSpan.FromMilliseconds(200), $"second retry after {times[2] - times[1]}");
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task A_delivery_that_keeps_failing_is_given_up_after_the_last_attempt_and_an_admin_can_redeliver_it()
    {
        factory.RequireDatabase();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpointId = await RegisterAsync(receiver, WebhookEventTypes.All);
        receiver.FailNext(int.MaxValue);

        await PublishAsync(ArticleEventKind.Unpublished);
        await SendUntilAsync(factory, () => receiver.Received.Count >= WebhookFactory.MaxAttempts);
        Assert.Equal(0, await Dispatcher(factory).RunOnceAsync(CancellationToken.None));

        Assert.Equal(WebhookFactory.MaxAttempts, receiver.Received.Count);
        var delivery = Assert.Single((await DeliveryLogAsync(endpointId)).EnumerateArray());
        Assert.Equal("failed", delivery.GetProperty("status").GetString());
        Assert.Equal("The receiver answered 500.", delivery.GetProperty("lastError").GetString());
        Assert.Contains(TakeWarnings(factory, "Gave up on webhook delivery"), w => w.Contains(receiver.Url, StringComparison.Ordinal));

        receiver.FailNext(0);
        using var admin = await AdminClientAsync();
        var redeliver = await admin.PostAsync($"/api/v1/newsroom/webhooks/deliveries/{delivery.GetProperty("id").GetInt64()}/redeliver", null);
        Assert.Equal(HttpStatusCode.Accepted, redeliver.StatusCode);
        Assert.Equal(1, await Dispatcher(factory).RunOnceAsync(CancellationToken.None));

        var last = receiver.Received.Last();
        Assert.False(last.Failed);
        Assert.Equal(receiver.Received.First().Id, last.Id);
        Assert.Equal("delivered", Assert.Single((await DeliveryLogAsync(endpointId)).EnumerateArray()).GetProperty("status").GetString());
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task A_receiver_that_answers_410_Gone_is_disabled()
    {
        factory.RequireDatabase();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpointId = await RegisterAsync(receiver, WebhookEventTypes.All);
        receiver.FailureStatus = 410;
        receiver.FailNext(int.MaxValue);

        await PublishAsync(ArticleEventKind.Published);
        await Dispatcher(factory).RunOnceAsync(CancellationToken.None);
        await PublishAsync(ArticleEventKind.Published);
        await Dispatcher(factory).RunOnceAsync(CancellationToken.None);

        Assert.Single(receiver.Received);
        using var admin = await AdminClientAsync();
        var endpoint = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/newsroom/webhooks/{endpointId}");
        Assert.False(endpoint.GetProperty("enabled").GetBoolean());
        Assert.Single(TakeWarnings(factory, "answered 410 Gone"));
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task Two_nodes_sending_at_once_send_each_delivery_exactly_once()
    {
        factory.RequireDatabase();
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterAsync(receiver, WebhookEventTypes.All);
        await using var other = factory.AnotherNode();
        other.Settings["Webhooks:Dispatch"] = "false";
        other.Settings["Webhooks:BatchSize"] = "3";

        const int Stories = 24;
        await PublishManyAsync(Stories);
        await Task.WhenAll(
            Task.Run(() => SendUntilAsync(factory, () => receiver.Received.Count >= Stories)),
            Task.Run(() => SendUntilAsync(other, () => receiver.Received.Count >= Stories)));
        await Task.Delay(200);
        await Task.WhenAll(Dispatcher(factory).RunOnceAsync(CancellationToken.None), Dispatcher(other).RunOnceAsync(CancellationToken.None));

        Assert.Equal(Stories, receiver.Received.Count);
        Assert.Equal(Stories, receiver.Received.Select(r => r.Id).Distinct().Count());
        Assert.All(receiver.Received, r => Assert.Null(r.VerifyError));
        Assert.Empty(factory.Warnings);
        Assert.Empty(other.Warnings);
    }

    [SkippableFact]
    public async Task A_delivery_outlives_the_process_that_wrote_it_and_a_dead_senders_lease_runs_out()
    {
        factory.RequireDatabase();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpointId = await RegisterAsync(receiver, WebhookEventTypes.All);

        // A node that commits a change and goes away before sending anything.
        var gone = factory.AnotherNode();
        gone.Settings["Webhooks:Dispatch"] = "false";
        var written = await PublishAsync(gone, ArticleEventKind.Published);
        await gone.DisposeAsync();

        Assert.Equal(1, await Dispatcher(factory).RunOnceAsync(CancellationToken.None));
        Assert.Equal(written.Id, ArticleIdOf(Assert.Single(receiver.Received)));

        // Two more, leased by a node that died mid-send: one lease has run out, the other has not.
        var expired = await PublishAsync(factory, ArticleEventKind.Updated);
        var held = await PublishAsync(factory, ArticleEventKind.Corrected);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var now = DateTime.UtcNow;
            await db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.ArticleEvent!.ArticleId == expired.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseToken, "dead-node").SetProperty(d => d.LeaseExpiresAt, now.AddSeconds(-1)));
            await db.WebhookDeliveries.Where(d => d.EndpointId == endpointId && d.ArticleEvent!.ArticleId == held.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseToken, "busy-node").SetProperty(d => d.LeaseExpiresAt, now.AddMinutes(1)));
        }

        Assert.Equal(1, await Dispatcher(factory).RunOnceAsync(CancellationToken.None));
        Assert.Equal([written.Id, expired.Id], receiver.Received.Select(ArticleIdOf));
        Assert.Empty(factory.Warnings);
    }

    [SkippableFact]
    public async Task A_node_that_sends_wakes_its_sender_when_it_publishes()
    {
        factory.RequireDatabase();
        await using var receiver = await WebhookReceiver.StartAsync();
        await RegisterAsync(receiver, WebhookEventTypes.All);
        await using var sending = factory.AnotherNode();
        sending.Settings["Webhooks:Dispatch"] = "true";
        sending.Settings["Webhooks:PollInterval"] = "00:10:00";
        _ = sending.Services;
        await Task.Delay(300);

        await PublishAsync(sending, ArticleEventKind.Published);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (receiver.Received.IsEmpty && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Null(Assert.Single(receiver.Received).VerifyError);
        Assert.Empty(sending.Warnings);
    }

    [SkippableFact]
    public async Task Registering_an_endpoint_checks_its_address_and_event_types()
    {
        factory.RequireDatabase();
        using var admin = await AdminClientAsync();

        var response = await admin.PostAsJsonAsync("/api/v1/newsroom/webhooks", new { url = "ftp://example.test/x", events = new[] { "article.deleted" } });
        var missing = await admin.GetAsync("/api/v1/newsroom/webhooks/999999/deliveries");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("url", out _));
        Assert.Contains("article.deleted", errors.GetProperty("events")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Empty(factory.Warnings);
    }

    private static WebhookDispatcher Dispatcher(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<WebhookDispatcher>();

    private static string? TypeOf(ReceivedWebhook received)
    {
        using var body = JsonDocument.Parse(received.Body);
        return body.RootElement.GetProperty("type").GetString();
    }

    private static int ArticleIdOf(ReceivedWebhook received)
    {
        using var body = JsonDocument.Parse(received.Body);
        return body.RootElement.GetProperty("data").GetProperty("articleId").GetInt32();
    }

    /// <summary>Runs the node's sender until <paramref name="done"/> holds, as its background loop would.</summary>
    private static async Task SendUntilAsync(WebApplicationFactory<Program> node, Func<bool> done)
    {
        var dispatcher = Dispatcher(node);
        var deadline = DateTime.UtcNow + Patience;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "The deliveries did not arrive in time.");
            await dispatcher.RunOnceAsync(CancellationToken.None);
            await Task.Delay(25);
        }
    }

    /// <summary>Removes and returns the warnings that contain <paramref name="text"/>; the others stay.</summary>
    private static List<string> TakeWarnings(DatelineFactory node, string text)
    {
        var all = new List<string>();
        while (node.Warnings.TryDequeue(out var warning))
        {
            all.Add(warning);
        }

        foreach (var other in all.Where(w => !w.Contains(text, StringComparison.Ordinal)))
        {
            node.Warnings.Enqueue(other);
        }

        return [.. all.Where(w => w.Contains(text, StringComparison.Ordinal))];
    }

    private async Task<HttpClient> AdminClientAsync()
    {
        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.Authorization = new("Bearer", await NewsroomUsers.ApiTokenAsync(factory, NewsroomRoles.Admin));
        return client;
    }

    private async Task<int> RegisterAsync(WebhookReceiver receiver, IReadOnlyList<string> events, bool disableOthers = true)
    {
        if (disableOthers)
        {
            await factory.SeedAsync(async (db, _) =>
                await db.WebhookEndpoints.Where(e => e.DisabledAt == null).ExecuteUpdateAsync(u => u.SetProperty(e => e.DisabledAt, DateTime.UtcNow)));
        }

        using var admin = await AdminClientAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/newsroom/webhooks", new { url = receiver.Url, events, description = "test receiver" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        receiver.Secret = created.GetProperty("secret").GetString()!;
        Assert.StartsWith("whsec_", receiver.Secret, StringComparison.Ordinal);
        return created.GetProperty("endpoint").GetProperty("id").GetInt32();
    }

    private async Task<JsonElement> DeliveryLogAsync(int endpointId)
    {
        using var admin = await AdminClientAsync();
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/newsroom/webhooks/{endpointId}/deliveries");
        return page.GetProperty("deliveries");
    }

    private Task<Article> PublishAsync(params ArticleEventKind[] kinds) => PublishAsync(factory, kinds);

    /// <summary>A new story, then one save through the publish path on <paramref name="node"/> recording <paramref name="kinds"/>.</summary>
    private async Task<Article> PublishAsync(WebApplicationFactory<Program> node, params ArticleEventKind[] kinds)
    {
        var section = await _content.SectionAsync();
        var article = await _content.ArticleAsync(section, withImage: false);
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
        tracked.Headline += " (changed)";
        await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [.. kinds.Select(k => (tracked, k))]);
        return tracked;
    }

    private async Task PublishManyAsync(int count)
    {
        var section = await _content.SectionAsync();
        var ids = new List<int>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await _content.ArticleAsync(section, withImage: false)).Id);
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var articles = await db.Articles.Where(a => ids.Contains(a.Id)).ToListAsync();
        await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [.. articles.Select(a => (a, ArticleEventKind.Published))]);
    }
}
