using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>An edition's topics, found by name: rename (the old address 301s) and merge into another topic.</summary>
public sealed class TopicsModel(EditionCatalog catalog, DatelineDbContext db, TaxonomyEditing editing) : TaxonomyPageModel(catalog)
{
    public const int PageSize = 50;

    public IReadOnlyList<TopicRow> Topics { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The next page's link, or null on the last page.</summary>
    public string? NextPage { get; private set; }

    public Task OnGetAsync(string? edition, int page, CancellationToken cancellationToken) => LoadAsync(edition, page, cancellationToken);

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, string? edition, CancellationToken cancellationToken)
    {
        var problem = await editing.RenameTopicAsync(id, name, cancellationToken);
        await SetEditionAsync(edition, cancellationToken);
        return await AnswerAsync(problem, Here(name), () => LoadAsync(edition, 0, cancellationToken));
    }

    public async Task<IActionResult> OnPostMergeAsync(int id, string? into, string? edition, CancellationToken cancellationToken)
    {
        var problem = await editing.MergeTopicAsync(id, into, cancellationToken);
        await SetEditionAsync(edition, cancellationToken);
        return await AnswerAsync(problem, Here(into), () => LoadAsync(edition, 0, cancellationToken));
    }

    private string Here(string? q) => $"/newsroom/topics?edition={Edition}&q={Uri.EscapeDataString(q?.Trim() ?? "")}";

    private async Task LoadAsync(string? edition, int page, CancellationToken cancellationToken)
    {
        await SetEditionAsync(edition, cancellationToken);
        Title = T.Topics;
        var code = Edition;
        var topics = db.Topics.AsNoTracking().Where(t => t.EditionCode == code);
        if (Q?.Trim() is { Length: > 0 } q)
        {
            // lower() on both sides: Contains alone is case-sensitive on SQLite (instr) and PostgreSQL (strpos) alike.
            var lower = q.ToLowerInvariant();
#pragma warning disable CA1862 // The StringComparison overload has no SQL translation; lower() does on both providers.
            topics = topics.Where(t => t.Name.ToLower().Contains(lower) || t.Slug.Contains(lower));
#pragma warning restore CA1862
        }

        page = Math.Max(page, 0);
        var rows = await topics.OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip(page * PageSize).Take(PageSize + 1)
            .Select(t => new TopicRow(t.Id, t.Name, t.Slug, db.ArticleTopics.Count(a => a.TopicId == t.Id)))
            .ToListAsync(cancellationToken);
        Topics = rows.Take(PageSize).ToList();
        NextPage = rows.Count > PageSize ? $"/newsroom/topics?edition={code}&q={Uri.EscapeDataString(Q ?? "")}&page={page + 1}" : null;
    }
}
