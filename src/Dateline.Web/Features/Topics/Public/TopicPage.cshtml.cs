using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Topics.Public;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class TopicPageModel(EditionCatalog editions, DatelineDbContext db, LiveArticles articles, ReaderClock clock) : PublicPageModel
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

        var topic = await db.Topics.AsNoTracking()
            .Where(t => t.EditionCode == found.Code && t.Slug == slug)
            .Select(t => new { t.Id, t.Name, t.Slug })
            .FirstOrDefaultAsync(cancellationToken);
        if (topic is null)
        {
            // A merged or renamed topic's old address leads to the topic it became.
            var moved = await db.TopicRedirects.AsNoTracking()
                .Where(r => r.EditionCode == found.Code && r.Slug == slug)
                .Select(r => r.Topic!.Slug)
                .FirstOrDefaultAsync(cancellationToken);
            return moved is null ? NotFound() : RedirectPermanent(ArticlePaths.Topic(found.Code, moved));
        }

        Edition = found;
        HttpContext.TagOutputCache(CacheTags.Topic(topic.Id), CacheTags.EditionLists(found.Code));
        var path = ArticlePaths.Topic(found.Code, topic.Slug);
        List = new ArticleListView(await articles.PageAsync(found.Code, null, topic.Id, cursor, PageSize, cancellationToken), path, found.Text, clock);
        Name = topic.Name;
        Title = topic.Name;
        Description = string.IsNullOrEmpty(found.Tagline) ? $"{topic.Name} – {found.SiteName}" : $"{topic.Name} – {found.Tagline}";
        CanonicalPath = cursor is null ? path : $"{path}?after={cursor}";
        FeedListPath = path;
        AddBreadcrumbs((topic.Name, path));
        return Page();
    }
}
