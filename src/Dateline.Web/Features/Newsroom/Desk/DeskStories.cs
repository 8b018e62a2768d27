using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// The dashboard's story lists. A Contributor sees only stories they created (as <see cref="StoryRules.CanRead"/>);
/// paging is keyset on the story id, newest first, so a page never shifts while others write.
/// </summary>
public sealed class DeskStories(DatelineDbContext db)
{
    public const int PageSize = 25;

    public async Task<IReadOnlyList<DeskStoryRow>> ListAsync(NewsroomActor actor, DeskFilter filter, int size, bool byPublication, CancellationToken cancellationToken)
    {
        var query = db.Stories.AsNoTracking().Include(s => s.Article).AsQueryable();
        if (!actor.IsEditor || filter.MineOnly)
        {
            query = query.Where(s => s.CreatedById == actor.UserId);
        }

        if (filter.State is { } state)
        {
            query = query.Where(s => s.State == state);
        }

        if (!string.IsNullOrEmpty(filter.Edition))
        {
            query = query.Where(s => s.EditionCode == filter.Edition);
        }

        if (filter.SectionId is { } section)
        {
            query = query.Where(s => s.Article!.SectionId == section);
        }

        if (!string.IsNullOrWhiteSpace(filter.Query))
        {
            // The article row's headline: the one first saved, then the published one. The working copy's lives in
            // a JSON column no provider-neutral query reads.
            var q = filter.Query.Trim();
            // lower() on both sides: Contains alone is case-sensitive on SQLite (instr) and PostgreSQL (strpos) alike.
            var lowered = q.ToLowerInvariant();
#pragma warning disable CA1862 // The StringComparison overload has no SQL translation; lower() does on both providers.
            query = query.Where(s => s.Article!.Headline.ToLower().Contains(lowered));
#pragma warning restore CA1862
        }

        if (filter.After is { } after)
        {
            query = query.Where(s => s.ArticleId < after);
        }

        query = byPublication
            ? query.OrderByDescending(s => s.Article!.PublishedAt).ThenByDescending(s => s.ArticleId)
            : query.OrderByDescending(s => s.ArticleId);
        var stories = await query.Take(size).ToListAsync(cancellationToken);
        return [.. stories.Select(s => new DeskStoryRow(
            s.ArticleId, s.EditionCode, s.Fields.Headline, s.State, s.UpdatedAt, s.UpdatedByName, s.PublishAt,
            s.Article!.Status == ArticleStatus.Published ? ArticlePaths.Article(s.EditionCode, s.ArticleId, s.Article.Slug) : null))];
    }
}
