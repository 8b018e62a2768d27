using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dateline.IntegrationTests.CdnPurge;

/// <summary>A purge API on a free loopback port that records every request and can be told to refuse the next ones.</summary>
public sealed class FakeCdn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _failuresLeft;

    private FakeCdn(WebApplication app) => _app = app;

    public ConcurrentQueue<PurgeCall> Calls { get; } = new();

    /// <summary>Scheme, host and port, without a trailing slash.</summary>
    public string Origin { get; private set; } = "";

    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public static async Task<FakeCdn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var cdn = new FakeCdn(app);
        app.Run(cdn.ReceiveAsync);
        await app.StartAsync();
        cdn.Origin = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return cdn;
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var failing = Interlocked.Decrement(ref _failuresLeft) >= 0;
        Calls.Enqueue(new PurgeCall(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body,
            failing));
        context.Response.StatusCode = failing ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status200OK;
        await context.Response.WriteAsync(failing ? "busy" : """{"success":true}""");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
