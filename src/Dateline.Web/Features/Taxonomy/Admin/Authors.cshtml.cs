using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>Every author, with a link to edit each; adds an author (then opens their page to add a bio and photo).</summary>
public sealed class AuthorsModel(EditionCatalog catalog, DatelineDbContext db, TaxonomyEditing editing) : TaxonomyPageModel(catalog)
{
    public IReadOnlyList<AuthorRow> Authors { get; private set; } = [];

    [BindProperty]
    public string? NewName { get; set; }

    [BindProperty]
    public string? NewSlug { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var (problem, id) = await editing.CreateAuthorAsync(NewName, NewSlug, cancellationToken);
        return await AnswerAsync(problem, $"/newsroom/authors/{id}", () => LoadAsync(cancellationToken));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await SetEditionAsync(null, cancellationToken);
        Title = T.Authors;
        Authors = await db.Authors.AsNoTracking()
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new AuthorRow(a.Id, a.Name, a.NameAr, a.Slug, a.PhotoId, db.ArticleAuthors.Count(x => x.AuthorId == a.Id)))
            .ToListAsync(cancellationToken);
    }
}
