using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Webhooks;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Webhooks;

/// <summary>
/// The newsroom's webhook pages over HTTP, as an Admin's browser uses them (forms with antiforgery tokens), against a
/// real receiver that verifies every delivery with the Standard Webhooks library. Each test disables the endpoints
/// earlier tests left, so it sees only its own deliveries.
/// </summary>
public sealed class WebhooksPageTests(WebhookFactory factory) : IClassFixture<WebhookFactory>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly HtmlParser Parser = new();
    private readonly TestContent _content = new(factory);

    [Fact]
    public async Task An_admin_adds_an_endpoint_sees_its_secret_once_and_reads_the_signed_delivery_in_its_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);

        var (endpointId, secret) = await AddEndpointAsync(admin, receiver);
        receiver.Secret = secret;
        var article = await PublishAsync(ArticleEventKind.Published);
        await SendUntilAsync(() => !receiver.Received.IsEmpty);

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Null(Assert.Single(receiver.Received).VerifyError);
        var list = await admin.GetStringAsync("/newsroom/webhooks");
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Contains(receiver.Url, list, StringComparison.Ordinal);

        var log = await PageAsync(admin, $"/newsroom/webhooks/{endpointId}");
        var row = Assert.Single(log.QuerySelectorAll("[data-testid='deliveries'] tbody tr"));
        var deliveryId = row.GetAttribute("data-testid")!["delivery-".Length..];
        Assert.Contains("article.published", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(receiver.Received.Single().Id, row.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Story {article.Id}", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Delivered", log.TestId($"delivery-status-{deliveryId}"));
        Assert.Contains("· 204 ·", log.TestId($"attempts-{deliveryId}"), StringComparison.Ordinal);
        Assert.Null(log.TestId($"next-attempt-{deliveryId}"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task A_failed_delivery_shows_each_attempt_and_redeliver_sends_it_again_with_the_same_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var (endpointId, secret) = await AddEndpointAsync(admin, receiver);
        receiver.Secret = secret;
        receiver.FailNext(WebhookFactory.MaxAttempts);

        await PublishAsync(ArticleEventKind.Updated);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        var afterFirst = await PageAsync(admin, $"/newsroom/webhooks/{endpointId}");
        var deliveryId = Assert.Single(afterFirst.QuerySelectorAll("[data-testid='deliveries'] tbody tr")).GetAttribute("data-testid")!["delivery-".Length..];
        Assert.Equal("Pending", afterFirst.TestId($"delivery-status-{deliveryId}"));
        Assert.Contains("· 500 ·", afterFirst.TestId($"attempts-{deliveryId}"), StringComparison.Ordinal);
        Assert.Contains("The receiver answered 500.", afterFirst.TestId($"attempts-{deliveryId}"), StringComparison.Ordinal);
        Assert.NotNull(afterFirst.TestId($"next-attempt-{deliveryId}"));

        await SendUntilAsync(() => receiver.Received.Count >= WebhookFactory.MaxAttempts);
        var failed = await PageAsync(admin, $"/newsroom/webhooks/{endpointId}");
        Assert.Equal("Failed", failed.TestId($"delivery-status-{deliveryId}"));
        Assert.Equal(WebhookFactory.MaxAttempts, failed.QuerySelectorAll($"[data-testid='attempts-{deliveryId}'] li").Length);
        TakeWarnings("Gave up on webhook delivery");

        var redeliver = await PostFormAsync(admin, $"/newsroom/webhooks/{endpointId}", $"/newsroom/webhooks/{endpointId}?handler=Redeliver&deliveryId={deliveryId}");
        Assert.Equal(HttpStatusCode.Redirect, redeliver.StatusCode);
        var notice = await PageAsync(admin, redeliver.Headers.Location!.OriginalString);
        Assert.Contains($"Delivery {deliveryId} will be sent again", notice.TestId("notice"), StringComparison.Ordinal);
        Assert.Equal("Pending", notice.TestId($"delivery-status-{deliveryId}"));
        await SendUntilAsync(() => receiver.Received.Count > WebhookFactory.MaxAttempts);

        var again = receiver.Received.Last();
        Assert.Null(again.VerifyError);
        Assert.False(again.Failed);
        Assert.Single(receiver.Received.Select(r => r.Id).Distinct());
        var delivered = await PageAsync(admin, $"/newsroom/webhooks/{endpointId}");
        Assert.Equal("Delivered", delivered.TestId($"delivery-status-{deliveryId}"));
        Assert.Equal(WebhookFactory.MaxAttempts + 1, delivered.QuerySelectorAll($"[data-testid='attempts-{deliveryId}'] li").Length);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Redelivering_a_delivery_that_is_being_sent_answers_409_with_a_message_and_an_unknown_one_404()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var (endpointId, _) = await AddEndpointAsync(admin, receiver);
        await PublishAsync(ArticleEventKind.Corrected);
        var deliveryId = await _content.QueryAsync(db => db.WebhookDeliveries.Where(d => d.EndpointId == endpointId).Select(d => d.Id).SingleAsync());
        await factory.SeedAsync(async (db, _) => await db.WebhookDeliveries.Where(d => d.Id == deliveryId)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseToken, "busy-node").SetProperty(d => d.LeaseExpiresAt, DateTime.UtcNow.AddMinutes(1))));

        var busy = await PostFormAsync(admin, $"/newsroom/webhooks/{endpointId}", $"/newsroom/webhooks/{endpointId}?handler=Redeliver&deliveryId={deliveryId}");
        var missing = await PostFormAsync(admin, $"/newsroom/webhooks/{endpointId}", $"/newsroom/webhooks/{endpointId}?handler=Redeliver&deliveryId=999999");

        Assert.Equal(HttpStatusCode.Conflict, busy.StatusCode);
        var page = Parser.ParseDocument(await busy.Content.ReadAsStringAsync());
        Assert.Equal($"Delivery {deliveryId} is being sent right now; try again in a moment.", page.TestId("problem"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task A_disabled_endpoint_gets_no_new_deliveries_and_a_deleted_one_disappears_with_its_log()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var (endpointId, _) = await AddEndpointAsync(admin, receiver);

        var disable = await PostFormAsync(admin, "/newsroom/webhooks", $"/newsroom/webhooks?handler=Disable&id={endpointId}");
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        var list = await PageAsync(admin, disable.Headers.Location!.OriginalString);
        Assert.Equal("Disabled", list.TestId($"endpoint-status-{endpointId}"));
        Assert.Contains($"Endpoint {endpointId} disabled", list.TestId("notice"), StringComparison.Ordinal);
        await PublishAsync(ArticleEventKind.Published);
        Assert.Equal(0, await _content.QueryAsync(db => db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpointId)));

        var delete = await PostFormAsync(admin, "/newsroom/webhooks", $"/newsroom/webhooks?handler=Delete&id={endpointId}");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        var after = await PageAsync(admin, "/newsroom/webhooks");
        Assert.Null(after.QuerySelector($"[data-testid='endpoint-{endpointId}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/newsroom/webhooks/{endpointId}")).StatusCode);
        Assert.Empty(receiver.Received);
    }

    [Fact]
    public async Task An_address_that_is_not_http_or_no_event_is_refused_with_422_and_a_message_per_field()
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var token = await NewsroomUsers.AntiforgeryTokenAsync(admin, "/newsroom/webhooks");

        var response = await admin.PostAsync("/newsroom/webhooks?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Url"] = "ftp://example.test/hooks",
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(page.TestId("url-error"));
        Assert.NotNull(page.TestId("events-error"));
        Assert.Equal("ftp://example.test/hooks", page.QuerySelector("#endpoint-url")?.GetAttribute("value"));
        Assert.Equal("true", page.QuerySelector("#endpoint-url")?.GetAttribute("aria-invalid"));
        Assert.Null(page.TestId("created-endpoint"));
    }

    [Fact]
    public async Task The_arabic_pages_are_right_to_left_in_the_newsroom_layout()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, NewsroomLanguages.Arabic);
        var (endpointId, _) = await AddEndpointAsync(admin, receiver);

        foreach (var path in new[] { "/newsroom/webhooks", $"/newsroom/webhooks/{endpointId}" })
        {
            var page = await PageAsync(admin, path);
            Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
            Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
            Assert.Contains("خطافات الويب", page.QuerySelector("nav")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal("سجل الإرسال", (await PageAsync(admin, $"/newsroom/webhooks/{endpointId}")).QuerySelector("h1")?.TextContent);
    }

    private WebhookDispatcher Dispatcher => factory.Services.GetRequiredService<WebhookDispatcher>();

    /// <summary>Adds an endpoint for every event through the page's form, after disabling the ones earlier tests left.</summary>
    private async Task<(int Id, string Secret)> AddEndpointAsync(HttpClient admin, WebhookReceiver receiver)
    {
        await factory.SeedAsync(async (db, _) =>
            await db.WebhookEndpoints.Where(e => e.DisabledAt == null).ExecuteUpdateAsync(u => u.SetProperty(e => e.DisabledAt, DateTime.UtcNow)));
        var token = await NewsroomUsers.AntiforgeryTokenAsync(admin, "/newsroom/webhooks");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Url", receiver.Url),
            new("Description", "page test"),
            new("__RequestVerificationToken", token),
        };
        fields.AddRange(WebhookEventTypes.All.Select(e => new KeyValuePair<string, string>("Events", e)));

        var response = await admin.PostAsync("/newsroom/webhooks?handler=Create", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        var secret = page.TestId("new-secret")!;
        var row = page.QuerySelectorAll("[data-testid='endpoints'] tbody tr").Single(r => r.TextContent.Contains(receiver.Url, StringComparison.Ordinal));
        return (int.Parse(row.GetAttribute("data-testid")!["endpoint-".Length..], System.Globalization.CultureInfo.InvariantCulture), secret);
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form of <paramref name="pagePath"/> to <paramref name="action"/> with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string action)
    {
        var token = await NewsroomUsers.AntiforgeryTokenAsync(client, pagePath);
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private async Task<Dateline.Web.Features.Articles.Article> PublishAsync(ArticleEventKind kind)
    {
        var article = await _content.ArticleAsync(await _content.SectionAsync(), withImage: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var tracked = await db.Articles.SingleAsync(a => a.Id == article.Id);
        await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(tracked, kind)]);
        return tracked;
    }

    private async Task SendUntilAsync(Func<bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, "The deliveries did not arrive in time.");
            await Dispatcher.RunOnceAsync(CancellationToken.None);
            await Task.Delay(25);
        }
    }

    private void TakeWarnings(string text)
    {
        var all = new List<string>();
        while (factory.Warnings.TryDequeue(out var warning))
        {
            all.Add(warning);
        }

        foreach (var other in all.Where(w => !w.Contains(text, StringComparison.Ordinal)))
        {
            factory.Warnings.Enqueue(other);
        }
    }
}
