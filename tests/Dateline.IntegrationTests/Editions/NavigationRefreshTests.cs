using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Editions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Editions;

public sealed class NavigationRefreshTests
{
    [Fact]
    public async Task A_navigation_change_made_on_one_node_replaces_the_other_nodes_cached_pages_within_the_refresh_interval()
    {
        await using var first = new DatelineFactory();
        first.Settings["Editions:NavigationRefresh"] = "00:00:00.300";
        var content = new TestContent(first);
        var section = await content.SectionAsync(name: "Regional desk");
        await using var second = first.AnotherNode();
        second.Settings["Editions:NavigationRefresh"] = "00:00:00.300";
        var reader = second.CreateClient();

        var (_, before) = await HtmlPage.GetAsync(reader, "/en");
        // What the sections page does on the node an Admin uses: change the row, drop that node's copy.
        await first.SeedAsync(async (db, _) =>
            await db.Sections.Where(s => s.Id == section.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, "Gulf desk")));
        first.Services.GetRequiredService<EditionCatalog>().Invalidate();
        var (_, cached) = await HtmlPage.GetAsync(reader, "/en");

        string? seen = null;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            var (_, page) = await HtmlPage.GetAsync(reader, "/en");
            if (page.Body!.TextContent.Contains("Gulf desk", StringComparison.Ordinal))
            {
                seen = page.Body.TextContent;
                break;
            }

            await Task.Delay(100);
        }

        Assert.Contains("Regional desk", before.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Regional desk", cached.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(seen);
        Assert.DoesNotContain("Regional desk", seen, StringComparison.Ordinal);
    }
}
