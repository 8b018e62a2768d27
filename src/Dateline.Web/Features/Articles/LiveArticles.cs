using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Articles;

/// <summary>Reads of what readers may see: published articles whose publish time has come.</summary>
public sealed class LiveArticles(
    DatelineDbContext db, TimeProvider time, ArticlePageQueries queries, ISimilarStories similar, IMemoryCache cache, IOptions<ArticleOptions> options)
    : IAsyncDisposable
{
    public const int MaxPageSize = 50;

    /// <summary>How many stories each source offers "More on this Topic" before the blend picks its few.</summary>
    private const int CandidatesPerSource = 24;

    /// <summary>How long a ranking made before the similarity source knew the article is kept (it will soon know).</summary>
    private static readonly TimeSpan UnindexedLifetime = TimeSpan.FromSeconds(10);

    private bool _holdsConnection;

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private IQueryable<Article> Live(string edition)
    {
        var now = Now;
        return db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now);
    }

    /// <summary>One page of a newest-first list, and the cursor of the next page when there is one.</summary>
    public async Task<ArticlePage> PageAsync(
        string edition, int? sectionId, int? topicId, ArticleCursor? after, int size, CancellationToken cancellationToken)
    {
        size = Math.Clamp(size, 1, MaxPageSize);
        var query = Live(edition);
        if (sectionId is { } section)
        {
            query = query.Where(a => a.SectionId == section);
        }

        if (topicId is { } topic)
        {
            query = query.Where(a => a.Topics.Any(t => t.TopicId == topic));
        }

        return await PageOfAsync(query, after, size, cancellationToken);
    }

    /// <summary>One page of an author's stories, newest first (the public author page).</summary>
    public Task<ArticlePage> AuthorPageAsync(string edition, int authorId, ArticleCursor? after, int size, CancellationToken cancellationToken) =>
        PageOfAsync(Live(edition).Where(a => a.Authors.Any(x => x.AuthorId == authorId)), after, Math.Clamp(size, 1, MaxPageSize), cancellationToken);

    private async Task<ArticlePage> PageOfAsync(IQueryable<Article> query, ArticleCursor? after, int size, CancellationToken cancellationToken)
    {
        if (after is { } cursor)
        {
            query = query.Where(a => a.PublishedAt < cursor.PublishedAt || (a.PublishedAt == cursor.PublishedAt && a.Id < cursor.Id));
        }

        var items = await ToCards(query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(size + 1))
            .ToListAsync(cancellationToken);
        var next = items.Count > size ? ArticleCursor.From(items[size - 1]) : (ArticleCursor?)null;
        if (items.Count > size)
        {
            items.RemoveAt(size);
        }

        return new ArticlePage(items, next);
    }

    /// <summary>The front page: newest stories overall, then the newest few of every navigation section.</summary>
    public async Task<HomeContent> HomeAsync(
        string edition, IReadOnlyList<Editions.NavigationSection> sections, int latestCount, int perSection, CancellationToken cancellationToken)
    {
        await HoldConnectionAsync(cancellationToken);
        var latest = await ToCards(Live(edition).OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(latestCount))
            .ToListAsync(cancellationToken);

        // A small indexed query per section; the home page is output-cached, so this runs once per publish.
        var blocks = new List<SectionBlock>(sections.Count);
        foreach (var section in sections)
        {
            var cards = await ToCards(Live(edition).Where(a => a.SectionId == section.Id)
                    .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(perSection))
                .ToListAsync(cancellationToken);
            if (cards.Count > 0)
            {
                blocks.Add(new SectionBlock(section, cards));
            }
        }

        return new HomeContent(latest, blocks);
    }

    /// <summary>
    /// A live article with its topics and authors, or null: one read of its published snapshot, or, for a row published
    /// before snapshots existed, the row and its links.
    /// </summary>
    public async Task<ArticleDetail?> FindAsync(string edition, int id, CancellationToken cancellationToken)
    {
        await HoldConnectionAsync(cancellationToken);
        var now = Now;
        if (await queries.Published(db, edition, id, now, cancellationToken) is not { } published)
        {
            return null;
        }

        if (published.Snapshot is { } snapshot)
        {
            var detail = snapshot.ToDetail(id, published.TranslationGroupId, published.HasPinnedRelated);
            return detail.Image is { } image
                ? detail with { Image = image with { ReadersMayDownload = published.ReadersMayDownload, FocalX = published.FocalX, FocalY = published.FocalY } }
                : detail;
        }

        if (await queries.Article(db, edition, id, now, cancellationToken) is not { } article)
        {
            return null;
        }

        var topics = new List<TopicLink>();
        await foreach (var topic in queries.Topics(db, id).WithCancellation(cancellationToken))
        {
            topics.Add(topic);
        }

        var authors = new List<AuthorLink>();
        await foreach (var author in queries.Authors(db, id).WithCancellation(cancellationToken))
        {
            authors.Add(author);
        }

        return article with { Topics = topics, Authors = authors };
    }

    /// <summary>The same story in the other edition, when it has been translated and is live there.</summary>
    public async Task<TranslationLink?> TranslationAsync(ArticleDetail article, CancellationToken cancellationToken) =>
        article.TranslationGroupId is { } group
            ? await queries.Translation(db, group, article.EditionCode, Now, cancellationToken)
            : null;

    /// <summary>
    /// "More on this Topic": the editor's pins first, then the stories <see cref="MoreOnTopicRanking"/> ranks from those
    /// sharing topics and those most similar in wording. Never the article itself; same edition; live only. The ranking
    /// is computed once per published version of the article and reused for <see cref="ArticleOptions.MoreOnTopicLifetime"/>;
    /// the cards are read live each time, so a story unpublished since then is not shown.
    /// </summary>
    public async Task<IReadOnlyList<ArticleCard>> MoreOnTopicAsync(ArticleDetail article, int count, CancellationToken cancellationToken)
    {
        var now = Now;
        var cards = new List<ArticleCard>(count);
        if (article.HasPinnedRelated)
        {
            await foreach (var card in queries.Pinned(db, article.EditionCode, article.Id, now, count).WithCancellation(cancellationToken))
            {
                cards.Add(card);
            }
        }

        if (cards.Count >= count)
        {
            return cards;
        }

        var ranked = await RankedRelatedAsync(article, now, cancellationToken);
        var wanted = ranked.Where(id => !cards.Any(p => p.Id == id)).Take(count - cards.Count).ToList();
        if (wanted.Count == 0)
        {
            return cards;
        }

        var edition = article.EditionCode;
        var found = await ToCards(Live(edition).Where(a => wanted.Contains(a.Id))).ToListAsync(cancellationToken);
        cards.AddRange(found.OrderBy(c => wanted.IndexOf(c.Id)));
        return cards;
    }

    /// <summary>
    /// The article's related stories in rank order, more than a page shows so that pins and stories gone since can be
    /// skipped. Cached per published version (the key carries the article's last update).
    /// </summary>
    private async Task<List<int>> RankedRelatedAsync(ArticleDetail article, DateTime now, CancellationToken cancellationToken)
    {
        var key = new MoreOnTopicKey(article.EditionCode, article.Id, article.UpdatedAt ?? article.PublishedAt);
        if (cache.TryGetValue(key, out List<int>? cached) && cached is not null)
        {
            return cached;
        }

        var sharing = new List<TopicOverlap>();
        if (article.Topics.Count > 0)
        {
            await foreach (var overlap in queries.SharingTopics(db, article.Id, now, CandidatesPerSource).WithCancellation(cancellationToken))
            {
                sharing.Add(overlap);
            }
        }

        var alike = similar.Find(article.EditionCode, article.Id, CandidatesPerSource);
        var ranked = MoreOnTopicRanking.Rank(article.Topics.Count, sharing, alike ?? [], now, CandidatesPerSource).ToList();
        cache.Set(key, ranked, alike is null ? UnindexedLifetime : options.Value.MoreOnTopicLifetime);
        return ranked;
    }

    private sealed record MoreOnTopicKey(string Edition, int ArticleId, DateTime Version);

    public async ValueTask DisposeAsync()
    {
        if (_holdsConnection)
        {
            _holdsConnection = false;
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Keeps one connection open for a page's several reads. EF otherwise opens and closes it around each query,
    /// and opening a pooled SQLite connection re-registers its functions every time.
    /// </summary>
    private async ValueTask HoldConnectionAsync(CancellationToken cancellationToken)
    {
        if (!_holdsConnection)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            _holdsConnection = true;
        }
    }

    private static IQueryable<ArticleCard> ToCards(IQueryable<Article> query) => query.Select(ArticlePageQueries.Card);
}
