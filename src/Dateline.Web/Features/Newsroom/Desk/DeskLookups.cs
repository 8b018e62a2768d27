using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// What the story editor's pickers look up: topics of an edition by the start of any word of their name, and published
/// stories of an edition by a part of their headline. Both ignore letter case and Arabic spelling variants
/// (<see cref="TopicNames"/>) and are shared by the JSON endpoints (script) and the editor page (no script).
/// </summary>
public sealed class DeskLookups(DatelineDbContext db, TimeProvider time)
{
    public const int MaxQueryLength = 100;
    public const int Limit = 10;

    /// <summary>Enough rows for the ranking below to find the best <see cref="Limit"/> among a common prefix.</summary>
    private const int Candidates = 200;

    public async Task<IReadOnlyList<TopicSuggestion>> TopicsAsync(string edition, string? query, CancellationToken cancellationToken)
    {
        var folded = TopicNames.Fold(query ?? "");
        if (folded.Length == 0)
        {
            return [];
        }

        var pattern = TopicNames.LikePattern(folded);
        var start = pattern + "%";
        var word = "% " + pattern + "%";
        // Arabic names carry the article "ال" on the word: "اقتصاد" should find "الاقتصاد".
        var withArticle = TopicNames.IsArabic(folded) && !folded.StartsWith("ال", StringComparison.Ordinal) ? "ال" + pattern : pattern;
        var articleStart = withArticle + "%";
        var articleWord = "% " + withArticle + "%";
        var slug = Slug.From(folded) + "%";
        var escape = TopicNames.EscapeCharacter;
        var candidates = await db.Topics.AsNoTracking()
            .Where(t => t.EditionCode == edition
                && (EF.Functions.Like(t.Name.ToLower(), start, escape) || EF.Functions.Like(t.Name.ToLower(), word, escape)
                    || EF.Functions.Like(t.Name.ToLower(), articleStart, escape) || EF.Functions.Like(t.Name.ToLower(), articleWord, escape)
                    || EF.Functions.Like(t.Slug, slug, escape)))
            .OrderBy(t => t.Name.Length).ThenBy(t => t.Id)
            .Take(Candidates)
            .Select(t => new TopicSuggestion(t.Id, t.Name, t.Slug, db.ArticleTopics.Count(at => at.TopicId == t.Id
                && EF.Property<ArticleStatus>(at, ArticleTopicConfiguration.ArticleStatus) == ArticleStatus.Published)))
            .ToListAsync(cancellationToken);
        return [.. candidates
            .Select(t => (Topic: t, Name: TopicNames.Fold(t.Name)))
            .Where(t => TopicNames.WordStartsWith(t.Name, folded) || t.Topic.Slug.StartsWith(Slug.From(folded), StringComparison.Ordinal))
            .OrderBy(t => t.Name == folded ? 0 : t.Name.StartsWith(folded, StringComparison.Ordinal) ? 1 : 2)
            .ThenByDescending(t => t.Topic.Stories)
            .ThenBy(t => t.Topic.Name, StringComparer.Ordinal)
            .Take(Limit)
            .Select(t => t.Topic)];
    }

    /// <summary>Live stories of the edition whose headline contains the query, newest first; <paramref name="exclude"/> are left out.</summary>
    public async Task<IReadOnlyList<StorySuggestion>> StoriesAsync(
        string edition, string? query, IReadOnlyCollection<int> exclude, CancellationToken cancellationToken)
    {
        var folded = TopicNames.Fold(query ?? "");
        if (folded.Length == 0)
        {
            return [];
        }

        var pattern = "%" + TopicNames.LikePattern(folded) + "%";
        var now = time.GetUtcNow().UtcDateTime;
        var excluded = exclude.ToList();
        var candidates = await db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == edition && a.Status == ArticleStatus.Published && a.PublishedAt <= now && !excluded.Contains(a.Id)
                && EF.Functions.Like(a.Headline.ToLower(), pattern, TopicNames.EscapeCharacter))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id)
            .Take(Candidates)
            .Select(a => new StorySuggestion(a.Id, a.Headline, a.PublishedAt, true))
            .ToListAsync(cancellationToken);
        return [.. candidates.Where(s => TopicNames.Fold(s.Headline).Contains(folded, StringComparison.Ordinal)).Take(Limit)];
    }

    /// <summary>The pinned stories' headlines in the order given (any state: a pin may have been unpublished since).</summary>
    public async Task<IReadOnlyList<StorySuggestion>> PinnedAsync(IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var wanted = ids.ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var found = await db.Articles.AsNoTracking()
            .Where(a => wanted.Contains(a.Id))
            .Select(a => new StorySuggestion(a.Id, a.Headline, a.PublishedAt, a.Status == ArticleStatus.Published && a.PublishedAt <= now))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. wanted.Distinct().Where(found.ContainsKey).Select(id => found[id])];
    }
}
