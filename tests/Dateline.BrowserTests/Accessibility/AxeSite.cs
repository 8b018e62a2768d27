using System.Diagnostics.CodeAnalysis;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Accessibility;

/// <summary>
/// The demo site on a real loopback port and one headless Debian Chromium, shared by the accessibility checks.
/// Chromium comes from DATELINE_CHROMIUM (default /usr/bin/chromium); without it the checks skip, except in CI
/// (CI=true), where they fail.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class AxeSite : IAsyncLifetime
{
    public const string SeedHeadline = "Lavrov to Blinken: Russia needs 'security guarantees' on borders";

    private Server? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private Task<IReadOnlyDictionary<string, string>>? _paths;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DATELINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _server = new Server();
        BaseAddress = _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Skips the calling test without Chromium, unless in CI, where a missing browser is a failure.</summary>
    public IBrowser RequireBrowser()
    {
        if (_browser is not null)
        {
            return _browser;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Chromium is required in CI but {ChromiumPath} does not exist (set DATELINE_CHROMIUM).");
        }

        Skip.If(true, $"Chromium is not installed at {ChromiumPath} (set DATELINE_CHROMIUM).");
        throw new InvalidOperationException("Unreachable: Skip.If throws.");
    }

    /// <summary>
    /// The addresses the checks visit: the seed article is found in the database, its section, topic and Arabic
    /// translation by following its links as a reader would, so no slug is hard-coded. Resolved once per run.
    /// </summary>
    public Task<IReadOnlyDictionary<string, string>> PagePathsAsync() => _paths ??= ResolvePathsAsync();

    private async Task<IReadOnlyDictionary<string, string>> ResolvePathsAsync()
    {
        var article = await SeedArticlePathAsync();
        await using var context = await RequireBrowser().NewContextAsync(new() { BaseURL = BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync(article);
        async Task<string> LinkAsync(string selector) =>
            await page.Locator(selector).First.GetAttributeAsync("href")
                ?? throw new InvalidOperationException($"{article} has no link matching {selector}.");

        return new Dictionary<string, string>
        {
            ["home-en"] = "/en",
            ["home-ar"] = "/ar",
            ["section"] = await LinkAsync(".story__header a.kicker"),
            ["topic"] = await LinkAsync("[data-testid=related-topics] a"),
            ["article"] = article,
            ["article-ar"] = await LinkAsync("[data-testid=edition-switch]"),
            ["not-found"] = "/en/no-such-page",
        };
    }

    private async Task<string> SeedArticlePathAsync()
    {
        await using var scope = _server!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Headline == SeedHeadline)
            .Select(a => new { a.EditionCode, a.Id, a.Slug })
            .SingleAsync();
        return $"/{article.EditionCode}/article/{article.Id}/{article.Slug}";
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Kestrel rather than TestServer, so the browser can reach it; SQLite and demo content in a temp folder.</summary>
    private sealed class Server : WebApplicationFactory<Program>
    {
        private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "dateline-axe-tests", Guid.NewGuid().ToString("N"));

        public Server()
        {
            UseKestrel(0);
        }

        public Uri Start()
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses
                .First(a => a.StartsWith("http://", StringComparison.Ordinal));
            return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            // MapStaticAssets answers gzip/br requests (every browser's) from compressed copies that a build keeps
            // under obj/, found only through the static web assets manifest; outside Development it must be asked for.
            builder.UseStaticWebAssets();
            // UseSetting, not ConfigureAppConfiguration: Program reads these while it builds the host.
            builder.UseSetting("Dateline:DataPath", _dataPath);
            builder.UseSetting("Dateline:SeedDemoContent", "true");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Dateline", "");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
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
}
