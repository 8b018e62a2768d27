using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Dateline.Web.Features.Weather;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.Infrastructure;

/// <summary>
/// One running site and one headless Chromium shared by every journey; each journey gets its own browser context.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xUnit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public class SiteFixture : IAsyncLifetime
{
    public const string SeedHeadline = "Lavrov to Blinken: Russia needs 'security guarantees' on borders";

    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("https://127.0.0.1/");

    /// <summary>False for a site whose weather service is down (see <see cref="WeatherOutageFixture"/>).</summary>
    protected virtual bool WeatherReachable => true;

    public IServiceProvider Services => _server?.Services ?? throw new InvalidOperationException("The site is not running.");

    public async Task InitializeAsync()
    {
        // Without a browser there is nothing to drive; each journey then skips or, in CI, fails on its own.
        if (!BrowserEnvironment.HasChromium)
        {
            return;
        }

        _server = new SiteServer(WeatherReachable);
        BaseAddress = _server.Start();
        await _server.Services.GetRequiredService<WeatherRefresh>().RunOnceAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// Runs a journey on a fresh page with the given viewport; when it fails, a screenshot named after the test is kept.
    /// </summary>
    public async Task OnPageAsync(BrowserNewContextOptions options, Func<IPage, Task> journey, [CallerMemberName] string name = "")
    {
        BrowserEnvironment.RequireChromium();
        options.BaseURL = BaseAddress.ToString();
        options.IgnoreHTTPSErrors = true;
        await using var context = await _browser!.NewContextAsync(options);
        // First visits make image renditions on demand; on a busy 2-core runner "load" can take well over 30 s.
        context.SetDefaultNavigationTimeout(120_000);
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        try
        {
            await journey(page);
        }
        catch
        {
            Directory.CreateDirectory(BrowserEnvironment.FailureScreenshotDirectory);
            var file = Path.Combine(BrowserEnvironment.FailureScreenshotDirectory, $"{name}-{options.ViewportSize?.Width}x{options.ViewportSize?.Height}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            throw;
        }
    }

    public async Task<string> SeedArticlePathAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var article = await db.Articles.AsNoTracking()
            .Where(a => a.Headline == SeedHeadline)
            .Select(a => new { a.EditionCode, a.Id, a.Slug })
            .SingleAsync();
        return $"/{article.EditionCode}/article/{article.Id}/{article.Slug}";
    }

    /// <summary>The section of an edition with the most published articles, so that it certainly has a next page.</summary>
    public async Task<string> BusiestSectionPathAsync(string editionCode)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var slug = await db.Sections.AsNoTracking()
            .Where(s => s.EditionCode == editionCode)
            .OrderByDescending(s => db.Articles.Count(a => a.SectionId == s.Id && a.Status == Web.Features.Articles.ArticleStatus.Published))
            .Select(s => s.Slug)
            .FirstAsync();
        return $"/{editionCode}/section/{Uri.EscapeDataString(slug)}";
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
}
