using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using static Dateline.IntegrationTests.Newsroom.Desk.DeskForms;

namespace Dateline.IntegrationTests.Newsroom.Desk;

/// <summary>The dashboard's headline search, on SQLite here and on PostgreSQL in the subclass.</summary>
public abstract class DashboardSearchTests(DatelineFactory factory)
{
    [SkippableFact]
    public async Task The_headline_search_ignores_letter_case()
    {
        factory.RequireDatabase();
        var content = new TestContent(factory);
        var headline = $"Coastal Road Widened {content.Unique.ToUpperInvariant()}";
        var (client, _) = await DraftAsync(factory, content, NewsroomRoles.Editor, headline);

        var lower = await GetAsync(client, "/newsroom?q=" + Uri.EscapeDataString($"coastal road widened {content.Unique}"));

        Assert.Contains(headline, lower.QuerySelector("[data-testid='results']")?.TextContent, StringComparison.Ordinal);
    }
}
