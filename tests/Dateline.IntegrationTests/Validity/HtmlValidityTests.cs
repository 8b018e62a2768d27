using System.Net;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Dateline.IntegrationTests.Validity;

/// <summary>
/// Every kind of public page, as the demo site renders it, passes the W3C Nu HTML Checker with no error (warnings are
/// printed, not failed), and so does the stylesheet. One validator run checks them all: the JVM starts once.
/// </summary>
public sealed class HtmlValidityTests(DemoSiteFactory factory, ITestOutputHelper output) : IClassFixture<DemoSiteFactory>
{
    private const string SeedHeadline = "Lavrov to Blinken: Russia needs 'security guarantees' on borders";

    // A page with a known error (an image without alt text) proves the validator ran and reports what it finds.
    private const string CanaryFile = "canary.html";
    private const string CanaryHtml = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Canary</title></head><body><img src=\"a.png\"></body></html>";

    [SkippableFact]
    public async Task Every_kind_of_public_page_and_the_stylesheet_pass_the_Nu_HTML_validator()
    {
        await NuValidator.RequireAsync();
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var pages = await PagesToCheckAsync(client);

        var folder = Directory.CreateTempSubdirectory("dateline-validity-");
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (path, status) in pages)
            {
                using var response = await client.GetAsync(path);
                Assert.True(status == response.StatusCode, $"{path} answered {(int)response.StatusCode}, expected {(int)status}.");
                var file = $"{files.Count + 1:00}-{Slugify(path)}.html";
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, file), await response.Content.ReadAsStringAsync());
                files[file] = path;
            }

            var stylesheet = new HtmlParser().ParseDocument(await client.GetStringAsync("/en"))
                .QuerySelector("link[rel=stylesheet]")?.GetAttribute("href") ?? "/css/site.css";
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "site.css"), await client.GetStringAsync(stylesheet));
            files["site.css"] = stylesheet;
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, CanaryFile), CanaryHtml);

            var messages = await NuValidator.CheckAsync([.. files.Keys.Append(CanaryFile).Select(f => Path.Combine(folder.FullName, f))]);

            Assert.True(messages.Any(m => m.File == CanaryFile && m.IsError), "The validator found nothing wrong with a page that has an error; it did not really run.");
            var ours = messages.Where(m => m.File != CanaryFile).ToList();
            foreach (var message in ours.Where(m => !m.IsError))
            {
                output.WriteLine($"{files.GetValueOrDefault(message.File, message.File)}: {message}");
            }

            var errors = ours.Where(m => m.IsError).Select(m => $"{files.GetValueOrDefault(m.File, m.File)}: {m}").ToList();
            output.WriteLine($"Checked {files.Count} documents: {errors.Count} errors, {ours.Count(m => m.IsWarning)} warnings.");
            Assert.True(errors.Count == 0, $"{errors.Count} validation errors:\n" + string.Join("\n", errors));
            Assert.True(factory.Warnings.IsEmpty, "The app logged warnings:\n" + string.Join("\n", factory.Warnings));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// The seed article and, found by following its links as a reader would, its section, a topic, its Arabic
    /// translation and that one's section and topic; both home pages; the error pages.
    /// </summary>
    private async Task<List<(string Path, HttpStatusCode Status)>> PagesToCheckAsync(HttpClient client)
    {
        string seed;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var article = await db.Articles.AsNoTracking()
                .Where(a => a.Headline == SeedHeadline)
                .Select(a => new { a.EditionCode, a.Id, a.Slug })
                .SingleAsync();
            seed = $"/{article.EditionCode}/article/{article.Id}/{article.Slug}";
        }

        var english = await LinksFromArticleAsync(client, seed);
        var arabic = await LinksFromArticleAsync(client, english.Translation);
        return
        [
            ("/en", HttpStatusCode.OK),
            ("/ar", HttpStatusCode.OK),
            (seed, HttpStatusCode.OK),
            (english.Section, HttpStatusCode.OK),
            (english.Topic, HttpStatusCode.OK),
            (english.Translation, HttpStatusCode.OK),
            (arabic.Section, HttpStatusCode.OK),
            (arabic.Topic, HttpStatusCode.OK),
            ("/en/no-such-page", HttpStatusCode.NotFound),
            ("/ar/no-such-page", HttpStatusCode.NotFound),
            (english.Section + "?after=not-a-cursor", HttpStatusCode.BadRequest),
        ];
    }

    private static async Task<(string Section, string Topic, string Translation)> LinksFromArticleAsync(HttpClient client, string path)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));
        string Link(string selector) =>
            page.QuerySelector(selector)?.GetAttribute("href") ?? throw new Xunit.Sdk.XunitException($"{path} has no link matching {selector}.");
        return (Link(".story__header a.kicker"), Link("[data-testid=related-topics] a"), Link("[data-testid=edition-switch]"));
    }

    private static string Slugify(string path)
    {
        var decoded = WebUtility.UrlDecode(path);
        var ascii = new string([.. decoded.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        var slug = string.Join('-', ascii.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 40 ? slug[..40] : slug.Length == 0 ? "page" : slug;
    }
}
