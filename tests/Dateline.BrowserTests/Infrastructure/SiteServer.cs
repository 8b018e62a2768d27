using System.Net;
using Dateline.Web.Features.Weather;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.BrowserTests.Infrastructure;

/// <summary>
/// The real host on a real loopback port (Kestrel, not TestServer) so a browser can reach it, over HTTPS with a
/// throwaway certificate (<see cref="LoopbackCertificate"/>): SQLite in a temporary folder, demo content seeded as on a
/// newcomer's first start.
/// </summary>
public sealed class SiteServer : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "dateline-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly bool _weatherReachable;

    /// <param name="weatherReachable">False: the weather service refuses every request, as in a provider outage.</param>
    public SiteServer(bool weatherReachable = true)
    {
        _weatherReachable = weatherReachable;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(LoopbackCertificate.Create())));
    }

    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        var address = addresses.FirstOrDefault(a => a.StartsWith("https://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("Kestrel reported no https address.");
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Serve wwwroot as a build (not a publish) lays it out: pre-compressed assets live under obj/, and only the
        // static web assets manifest leads there; outside Development the host does not read it by itself.
        builder.UseStaticWebAssets();
        // UseSetting, not ConfigureAppConfiguration: Program reads these while building the host, before
        // app-configuration callbacks from the factory have been applied.
        builder.UseSetting("Dateline:DataPath", _dataPath);
        builder.UseSetting("Dateline:SeedDemoContent", "true");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Dateline", "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // The header's weather comes from a third-party service no test may reach: a fixed forecast stands in, stored
        // once by SiteFixture before the first page is rendered.
        builder.UseSetting("Weather:BackgroundRefresh", "false");
        builder.UseSetting("Newsroom:SignInPermitLimit", "100000");
        // A browser test run saturates two cores; its thread-pool queue delays must not shed the pages under test.
        builder.UseSetting("Overload:QueueDelayTargetMilliseconds", "0");
        builder.ConfigureTestServices(services =>
        {
            if (_weatherReachable)
            {
                services.AddSingleton<IWeatherProvider, FixedWeather>();
            }
            else
            {
                services.AddSingleton<IWeatherProvider, UnreachableWeather>();
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
