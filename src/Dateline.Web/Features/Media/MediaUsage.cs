using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Which stories use an asset, as hero image or in the body (an inline image or a gallery photo): what readers see
/// (the article row) and what editors are working on (the story's working copy, a JSON column, matched by its
/// serialized <c>heroImageId</c> or by the asset's address in the body, since the sanitizer admits a library image
/// only with a <c>src</c> under <c>/media/{id}/</c>). Read when asked rather than kept in a table, so no writer of
/// stories has to remember to maintain it.
/// </summary>
public sealed class MediaUsage(DatelineDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<MediaUse>> StoriesUsingAsync(int assetId, CancellationToken cancellationToken = default)
    {
        var id = assetId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var address = "/media/" + id + "/";
        var inArticles = await db.Articles.AsNoTracking()
            .Where(a => a.HeroImageId == assetId || a.BodyHtml.Contains(address))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);

        // The working copy is serialized with web defaults, so the id is written as "heroImageId":N followed by , or }.
        var middle = $"%\"heroImageId\":{id},%";
        var last = $"%\"heroImageId\":{id}}}%";
        var inBody = "%" + address + "%";
        var inWorkingCopies = await db.Database
            .SqlQuery<int>($"""SELECT "ArticleId" AS "Value" FROM "Stories" WHERE "Fields" LIKE {middle} OR "Fields" LIKE {last} OR "Fields" LIKE {inBody}""")
            .ToListAsync(cancellationToken);

        var ids = inArticles.Concat(inWorkingCopies).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var now = time.GetUtcNow().UtcDateTime;
        var articles = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.EditionCode, a.Headline, a.Status, a.PublishedAt })
            .ToListAsync(cancellationToken);
        return [.. articles.Select(a => new MediaUse(
            a.Id, a.EditionCode, a.Headline, a.Status == ArticleStatus.Published && a.PublishedAt <= now))];
    }
}
