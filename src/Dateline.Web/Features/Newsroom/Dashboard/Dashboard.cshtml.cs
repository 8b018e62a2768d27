using Dateline.Web.Features.Newsroom.Desk;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Features.Sections;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Dashboard;

/// <summary>
/// The newsroom's landing page: my drafts, in review, scheduled and recently published; or, once a filter is set, one
/// keyset-paged list of the stories that match it.
/// </summary>
public sealed class DashboardModel(DatelineDbContext db, DeskStories stories) : NewsroomPageModel
{
    private const int PanelSize = 10;

    public DeskText Desk => DeskText.For(UiLanguage);

    public DeskFilter Filter { get; private set; } = new();

    public bool Filtered { get; private set; }

    public IReadOnlyList<DeskPanel> Panels { get; private set; } = [];

    public DeskPanel? Results { get; private set; }

    public int? Next { get; private set; }

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public IReadOnlyList<string> Editions { get; private set; } = [];

    public async Task OnGetAsync(string? edition, int? section, string? state, string? q, int? after, CancellationToken cancellationToken)
    {
        Title = Text.Dashboard;
        var actor = NewsroomActor.From(User)!;
        Editions = await db.Editions.AsNoTracking().OrderBy(e => e.Code).Select(e => e.Code).ToListAsync(cancellationToken);
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.EditionCode).ThenBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Filter = new DeskFilter(
            Enum.TryParse<StoryState>(state, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : null,
            Editions.Contains(edition ?? "") ? edition : null,
            Sections.Any(s => s.Id == section) ? section : null,
            string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 200)],
            after);
        Filtered = Filter != new DeskFilter();
        if (Filtered)
        {
            var page = await stories.ListAsync(actor, Filter, DeskStories.PageSize + 1, false, cancellationToken);
            Results = new DeskPanel(Desk.AllStories, "results", Desk, [.. page.Take(DeskStories.PageSize)]);
            Next = page.Count > DeskStories.PageSize ? Results.Rows[^1].Id : null;
            return;
        }

        Panels =
        [
            new DeskPanel(Desk.MyDrafts, "my-drafts", Desk, await stories.ListAsync(actor, new DeskFilter(StoryState.Draft, MineOnly: true), PanelSize, false, cancellationToken)),
            new DeskPanel(Desk.InReview, "in-review", Desk, await stories.ListAsync(actor, new DeskFilter(StoryState.InReview), PanelSize, false, cancellationToken)),
            new DeskPanel(Desk.Scheduled, "scheduled", Desk, await stories.ListAsync(actor, new DeskFilter(StoryState.Scheduled), PanelSize, false, cancellationToken)),
            new DeskPanel(Desk.RecentlyPublished, "recently-published", Desk, await stories.ListAsync(actor, new DeskFilter(StoryState.Published), PanelSize, byPublication: true, cancellationToken)),
        ];
    }

    public string NextPageUrl() =>
        $"/newsroom?edition={Uri.EscapeDataString(Filter.Edition ?? "")}&section={Filter.SectionId}&state={Filter.State}&q={Uri.EscapeDataString(Filter.Query ?? "")}&after={Next}";
}
