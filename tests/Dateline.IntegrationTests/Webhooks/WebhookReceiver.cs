using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StandardWebhooks;
using StandardWebhooks.Diagnostics;

namespace Dateline.IntegrationTests.Webhooks;

/// <summary>
/// A real HTTP receiver (Kestrel on a free loopback port) that checks every delivery's signature with the Standard
/// Webhooks library, not with Dateline's code, and can be told to fail the next requests.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private WebhookReceiver(WebApplication app) => _app = app;

    /// <summary>Set once the endpoint is registered (the secret comes back from Dateline).</summary>
    public string Secret { get; set; } = "";

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>The status the failing requests get.</summary>
    public int FailureStatus { get; set; } = StatusCodes.Status500InternalServerError;

    public string Url { get; private set; } = "";

    /// <summary>Answer the next <paramref name="count"/> requests with <see cref="FailureStatus"/>.</summary>
    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hooks", receiver.ReceiveAsync);
        await app.StartAsync();
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hooks";
        return receiver;
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        string? verifyError = null;
        try
        {
            new StandardWebhook(Secret).Verify(body, request.Headers);
        }
        catch (WebhookVerificationException ex)
        {
            verifyError = ex.Message;
        }

        var failing = Interlocked.Decrement(ref _failuresLeft) >= 0;
        Received.Enqueue(new ReceivedWebhook(
            request.Headers["webhook-id"].ToString(),
            long.Parse(request.Headers["webhook-timestamp"].ToString(), System.Globalization.CultureInfo.InvariantCulture),
            body,
            verifyError,
            request.Headers.ContentType.ToString(),
            failing));
        return failing ? Results.StatusCode(FailureStatus) : verifyError is null ? Results.NoContent() : Results.Unauthorized();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
