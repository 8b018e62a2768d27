using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Authors.Public;

/// <summary>A journalist's page: photo, bio and their live stories in this edition, newest first.</summary>
[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class AuthorPageModel(EditionCatalog editions, DatelineDbContext db, LiveArticles articles, ReaderClock clock) : PublicPageModel
{
    public const int PageSize = 12;

    public string Name { get; private set; } = "";

    public string? Bio { get; private set; }

    public AuthorPhoto? Photo { get; private set; }

    public AuthorPageText Text { get; private set; } = AuthorPageText.English;

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

        var author = await db.Authors.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Name,
                a.NameAr,
                a.Bio,
                a.BioAr,
                Photo = db.MediaAssets.Where(m => m.Id == a.PhotoId).Select(m => new AuthorPhoto(m.Id, m.Width, m.Height)).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (author is null)
        {
            return NotFound();
        }

        Edition = found;
        // Edition lists: a publish in this edition may add a story here; the author tag: a newsroom edit of the author.
        HttpContext.TagOutputCache(CacheTags.Author(author.Id), CacheTags.EditionLists(found.Code));
        var path = ArticlePaths.Author(found.Code, author.Slug);
        List = new ArticleListView(await articles.AuthorPageAsync(found.Code, author.Id, cursor, PageSize, cancellationToken), path, found.Text, clock);
        Text = AuthorPageText.For(found.Code);
        Name = found.IsArabic && !string.IsNullOrWhiteSpace(author.NameAr) ? author.NameAr : author.Name;
        Bio = found.IsArabic && !string.IsNullOrWhiteSpace(author.BioAr) ? author.BioAr : author.Bio;
        Photo = author.Photo;
        Title = Name;
        Description = string.IsNullOrWhiteSpace(Bio) ? $"{Name} – {found.SiteName}" : Bio;
        CanonicalPath = cursor is null ? path : $"{path}?after={cursor}";
        FeedListPath = path;
        AlternateEditionPath = cursor is null ? ArticlePaths.Author(found.OtherCode, author.Slug) : null;
        return Page();
    }
}
