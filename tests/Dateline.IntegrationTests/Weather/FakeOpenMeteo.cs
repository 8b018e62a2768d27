using System.Net;
using System.Net.Sockets;
using Dateline.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dateline.IntegrationTests.Weather;

/// <summary>
/// A stand-in for api.open-meteo.com on 127.0.0.1: serves tests/Reference/weather/open-meteo-sample.json at
/// /v1/forecast, or misbehaves as <see cref="Mode"/> says. <see cref="Down"/> gives an address nothing listens on.
/// </summary>
public sealed class FakeOpenMeteo : IAsyncDisposable
{
    private WebApplication? _app;
    private string _sample = "";
    private int _requests;

    public enum Behaviour
    {
        Sample,
        Slow,
        Malformed,
        ServerError,
    }

    public string Url { get; private set; } = "";

    public Behaviour Mode { get; set; }

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FakeOpenMeteo> StartAsync(Behaviour mode = Behaviour.Sample)
    {
        var fake = new FakeOpenMeteo { Mode = mode };
        await fake.RunAsync();
        return fake;
    }

    /// <summary>An address on which connections are refused: a port that was free a moment ago.</summary>
    public static string Down()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    private async Task RunAsync()
    {
        _sample = await File.ReadAllTextAsync(ReferenceData.PathOf("weather/open-meteo-sample.json"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/v1/forecast", (Func<HttpContext, Task<IResult>>)AnswerAsync);
        await _app.StartAsync();
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
    }

    private async Task<IResult> AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        switch (Mode)
        {
            case Behaviour.Slow:
                try
                {
                    // Longer than the 2 s attempt timeout: the client must give up rather than wait.
                    await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }

                return Results.Text(_sample, "application/json");
            case Behaviour.Malformed:
                return Results.Text("""{"latitude":25.375,"current":{"time":"2025-08-14T13:45","temperature_2m":""", "application/json");
            case Behaviour.ServerError:
                return Results.StatusCode(StatusCodes.Status500InternalServerError);
            default:
                return Results.Text(_sample, "application/json");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
