using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Public;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Feeds;

/// <summary>The reads behind a feed: which list it mirrors, its newest live stories, their bylines and images.</summary>
public sealed class FeedContent(
    DatelineDbContext db,
    TimeProvider time,
    MediaAssetLookup assets,
    RenditionStore renditions,
    IOptions<MediaOptions> media,
    ILogger<FeedContent> logger)
{
    /// <summary>The JPEG width feeds offer: the same rendition the article page gives social previews.</summary>
    public const int ImageWidth = 1280;

    /// <summary>The list a feed address names, or null when the section, topic or author does not exist.</summary>
    public async Task<FeedSource?> SourceAsync(EditionView edition, FeedList list, string? slug, CancellationToken cancellationToken)
    {
        var tagline = string.IsNullOrEmpty(edition.Tagline) ? edition.SiteName : edition.Tagline;
        switch (list)
        {
            case FeedList.Home:
                return new FeedSource(new FeedChannel(edition, edition.SiteName, tagline, edition.HomePath), null, null, null, CacheTags.Home(edition.Code));
            case FeedList.Section:
                var section = await db.Sections.AsNoTracking()
                    .Where(s => s.EditionCode == edition.Code && s.Slug == slug)
                    .Select(s => new { s.Id, s.Name, s.Slug })
                    .FirstOrDefaultAsync(cancellationToken);
                return section is null ? null : new FeedSource(
                    Channel(edition, section.Name, ArticlePaths.Section(edition.Code, section.Slug)), section.Id, null, null, CacheTags.Section(section.Id));
            case FeedList.Topic:
                var topic = await db.Topics.AsNoTracking()
                    .Where(t => t.EditionCode == edition.Code && t.Slug == slug)
                    .Select(t => new { t.Id, t.Name, t.Slug })
                    .FirstOrDefaultAsync(cancellationToken);
                return topic is null ? null : new FeedSource(
                    Channel(edition, topic.Name, ArticlePaths.Topic(edition.Code, topic.Slug)), null, topic.Id, null, CacheTags.Topic(topic.Id));
            case FeedList.Author:
                var author = await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
                return author is null ? null : new FeedSource(
                    Channel(edition, author.DisplayName(edition.Code), ArticlePaths.Author(edition.Code, author.Slug)), null, null, author.Id, CacheTags.Author(author.Id));
            default:
                throw new ArgumentOutOfRangeException(nameof(list), list, null);
        }
    }

    /// <summary>The newest live stories of the source's list, newest first, with bylines and enclosure-ready images.</summary>
    public async Task<IReadOnlyList<FeedItem>> ItemsAsync(FeedSource source, int count, CancellationToken cancellationToken)
    {
        var edition = source.Channel.Edition.Code;
        var now = time.GetUtcNow().UtcDateTime;
        var query = db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now);
        if (source.SectionId is { } sectionId)
        {
            query = query.Where(a => a.SectionId == sectionId);
        }

        if (source.TopicId is { } topicId)
        {
            query = query.Where(a => a.Topics.Any(t => t.TopicId == topicId));
        }

        if (source.AuthorId is { } authorId)
        {
            query = query.Where(a => a.Authors.Any(t => t.AuthorId == authorId));
        }

        var rows = await query
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(count)
            .Select(a => new
            {
                a.Id,
                a.Slug,
                a.Headline,
                a.Standfirst,
                a.BodyHtml,
                PublishedAt = a.PublishedAt!.Value,
                a.UpdatedAt,
                Section = a.Section!.Name,
                Agency = a.Agency == null ? null : a.EditionCode == "ar" ? a.Agency.CreditAr : a.Agency.Credit,
                a.HeroImageId,
                Alt = a.HeroAltText ?? (a.HeroImage == null ? null : a.HeroImage.AltText),
                Credit = a.HeroCredit ?? (a.HeroImage == null ? null : a.HeroImage.Credit),
            })
            .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var bylines = (await db.ArticleAuthors.AsNoTracking()
                .Where(x => ids.Contains(x.ArticleId))
                .OrderBy(x => x.ArticleId).ThenBy(x => x.SortOrder)
                .Select(x => new { x.ArticleId, x.Author!.Slug, x.Author.Name, x.Author.NameAr })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.ArticleId, x => new FeedAuthor(
                edition == "ar" && !string.IsNullOrWhiteSpace(x.NameAr) ? x.NameAr : x.Name,
                ArticlePaths.Author(edition, x.Slug)));

        var items = new List<FeedItem>(rows.Count);
        foreach (var r in rows)
        {
            var image = r.HeroImageId is { } assetId ? await ImageAsync(assetId, r.Alt, r.Credit, cancellationToken) : null;
            items.Add(new FeedItem(
                r.Id, edition, r.Slug, r.Headline,
                string.IsNullOrWhiteSpace(r.Standfirst) ? ArticlePageModel.Summary(r.BodyHtml) : r.Standfirst,
                r.BodyHtml, r.PublishedAt, r.UpdatedAt is { } updated && updated > r.PublishedAt ? updated : r.PublishedAt,
                r.Section, [.. bylines[r.Id]], r.Agency, image));
        }

        return items;
    }

    private static FeedChannel Channel(EditionView edition, string name, string path) =>
        new(edition, $"{name} – {edition.SiteName}",
            string.IsNullOrEmpty(edition.Tagline) ? $"{name} – {edition.SiteName}" : $"{name} – {edition.Tagline}", path);

    /// <summary>
    /// The JPEG rendition feeds link to, with its length in bytes, which RSS enclosures require. Renditions are made when
    /// an image is imported, so this normally only reads the stored file's size; a missing one is made now.
    /// </summary>
    private async Task<FeedImage?> ImageAsync(int assetId, string? alt, string? credit, CancellationToken cancellationToken)
    {
        if (await assets.FindAsync(assetId, cancellationToken) is not { } original)
        {
            return null;
        }

        var offered = media.Value.OfferedWidths;
        var width = offered.Contains(ImageWidth) ? ImageWidth : offered[^1];
        try
        {
            var stored = await renditions.OpenAsync(original, width, RenditionFormat.Jpeg, cancellationToken);
            await stored.Content.DisposeAsync();
            var served = Math.Min(width, original.Width);
            var height = original.Width == 0 ? 0 : (int)Math.Round((double)original.Height * served / original.Width);
            return new FeedImage(MediaUrls.RenditionUrl(assetId, width, RenditionFormat.Jpeg), RenditionFormat.Jpeg.ContentType,
                stored.Length, served, height, alt, credit);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A story whose image is broken still belongs in the feed, without its enclosure.
            logger.LogWarning(ex, "No feed image for media asset {AssetId}", assetId);
            return null;
        }
    }
}
