using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>An edition's sections: add, rename, show or hide in the public navigation, and order it.</summary>
public sealed class SectionsModel(EditionCatalog catalog, DatelineDbContext db, TaxonomyEditing editing) : TaxonomyPageModel(catalog)
{
    public IReadOnlyList<SectionRow> Sections { get; private set; } = [];

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewSlug { get; set; }

    [BindProperty]
    public bool NewInNavigation { get; set; } = true;

    public Task OnGetAsync(string? edition, CancellationToken cancellationToken) => LoadAsync(edition, cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(string? edition, CancellationToken cancellationToken)
    {
        await SetEditionAsync(edition, cancellationToken);
        return await AnswerAsync(
            await editing.CreateSectionAsync(Edition, NewName, NewSlug, NewInNavigation, cancellationToken), Here, () => LoadAsync(edition, cancellationToken));
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, string? edition, CancellationToken cancellationToken) =>
        await AnswerAsync(await editing.RenameSectionAsync(id, name, cancellationToken), await HereAsync(edition, cancellationToken), () => LoadAsync(edition, cancellationToken));

    public async Task<IActionResult> OnPostMoveAsync(int id, int step, string? edition, CancellationToken cancellationToken) =>
        await AnswerAsync(await editing.MoveSectionAsync(id, step, cancellationToken), await HereAsync(edition, cancellationToken), () => LoadAsync(edition, cancellationToken));

    public async Task<IActionResult> OnPostNavigationAsync(int id, bool show, string? edition, CancellationToken cancellationToken) =>
        await AnswerAsync(await editing.ShowSectionInNavigationAsync(id, show, cancellationToken), await HereAsync(edition, cancellationToken), () => LoadAsync(edition, cancellationToken));

    private string Here => "/newsroom/sections?edition=" + Edition;

    private async Task<string> HereAsync(string? edition, CancellationToken cancellationToken)
    {
        await SetEditionAsync(edition, cancellationToken);
        return Here;
    }

    private async Task LoadAsync(string? edition, CancellationToken cancellationToken)
    {
        await SetEditionAsync(edition, cancellationToken);
        Title = T.Sections;
        var code = Edition;
        Sections = await db.Sections.AsNoTracking()
            .Where(s => s.EditionCode == code)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => new SectionRow(s.Id, s.Name, s.Slug, s.ShowInNavigation, db.Articles.Count(a => a.SectionId == s.Id)))
            .ToListAsync(cancellationToken);
    }
}
