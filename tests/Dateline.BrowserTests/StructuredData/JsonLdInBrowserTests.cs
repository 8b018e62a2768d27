using Dateline.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Dateline.BrowserTests.StructuredData;

/// <summary>
/// The JSON-LD blocks under the site's real CSP (script-src 'self', nothing inline) in Chromium: a data block is not
/// a script, so the browser neither runs nor refuses it, and logs no violation; its JSON reads back as the page says.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class JsonLdInBrowserTests(SiteFixture site)
{
    [SkippableFact]
    public async Task Structured_data_blocks_parse_in_the_browser_and_the_csp_reports_no_violation()
    {
        var pages = new[] { ("/en", "WebSite"), ("/ar", "WebSite"), (await site.SeedArticlePathAsync(), "NewsArticle"), (await site.BusiestSectionPathAsync("en"), "BreadcrumbList") };
        foreach (var (path, type) in pages)
        {
            await site.OnPageAsync(Viewports.Phone(), async page =>
            {
                var problems = PageProblems.Watch(page);
                // A violation also fires this event, whether or not the console shows it.
                await page.AddInitScriptAsync("window.__cspViolations = []; document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));");

                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

                var types = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => JSON.parse(s.textContent)['@type'])");
                Assert.Contains(type, types);
                if (type == "NewsArticle")
                {
                    var headline = await page.EvaluateAsync<string>(
                        "() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')].map(s => JSON.parse(s.textContent)).find(n => n['@type'] === 'NewsArticle').headline");
                    Assert.Equal(SiteFixture.SeedHeadline, headline);
                }

                Assert.Empty(await page.EvaluateAsync<string[]>("() => window.__cspViolations"));
                Assert.True(problems.Count == 0, $"{path}: {string.Join(" | ", problems)}");
            });
        }
    }
}
