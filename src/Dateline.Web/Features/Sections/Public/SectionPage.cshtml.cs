using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Sections.Public;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class SectionPageModel(EditionCatalog editions, DatelineDbContext db, LiveArticles articles, ReaderClock clock) : PublicPageModel
{
    public const int PageSize = 12;

    public string Name { get; private set; } = "";

    public ArticleListView List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string edition, string slug, string? after, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return NotFound();
        }

        if (!ArticleCursor.TryParseOptional(after, out var cursor))
        {
            return BadRequest();
        }

        var section = await db.Sections.AsNoTracking()
            .Where(s => s.EditionCode == found.Code && s.Slug == slug)
            .Select(s => new { s.Id, s.Name, s.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (section is null)
        {
            return NotFound();
        }

        Edition = found;
        HttpContext.TagOutputCache(CacheTags.Section(section.Id), CacheTags.EditionLists(found.Code));
        var path = ArticlePaths.Section(found.Code, section.Slug);
        List = new ArticleListView(await articles.PageAsync(found.Code, section.Id, null, cursor, PageSize, cancellationToken), path, found.Text, clock);
        Name = section.Name;
        Title = section.Name;
        Description = string.IsNullOrEmpty(found.Tagline) ? $"{section.Name} – {found.SiteName}" : $"{section.Name} – {found.Tagline}";
        CanonicalPath = cursor is null ? path : $"{path}?after={cursor}";
        ActiveSectionSlug = section.Slug;
        FeedListPath = path;
        AddBreadcrumbs((section.Name, path));
        return Page();
    }
}
