namespace Dateline.Web.Features.Articles;

/// <summary>
/// Ranks the candidates for "More on this Topic" after the editor's pins: each story scores the share of the article's
/// topics it carries plus <see cref="TextWeight"/> × its text similarity relative to the most similar story, times
/// <see cref="NewsRecency"/>. Shared topics are the editors' own judgement, so they count most; similarity finds the
/// stories about the same event that nobody tagged alike and orders stories sharing the same topics; recency keeps the
/// list current. Ties go to the newer story, then the higher id, so the order is stable.
/// </summary>
public static class MoreOnTopicRanking
{
    public const double TextWeight = 0.5;

    public static IReadOnlyList<int> Rank(
        int articleTopicCount,
        IEnumerable<TopicOverlap> sharingTopics,
        IEnumerable<SimilarStory> similar,
        DateTime now,
        int count)
    {
        var candidates = new Dictionary<int, (double Topics, double Text, DateTime PublishedAt)>();
        foreach (var overlap in sharingTopics)
        {
            var share = articleTopicCount > 0 ? Math.Min(1.0, overlap.SharedTopics / (double)articleTopicCount) : 0;
            candidates[overlap.ArticleId] = (share, 0, overlap.PublishedAt);
        }

        var texts = similar.Where(s => s.Score > 0).ToList();
        var best = texts.Count > 0 ? texts.Max(s => s.Score) : 0f;
        foreach (var story in texts)
        {
            var text = story.Score / (double)best;
            candidates[story.ArticleId] = candidates.TryGetValue(story.ArticleId, out var known)
                ? (known.Topics, text, known.PublishedAt)
                : (0, text, story.PublishedAt);
        }

        return [.. candidates
            .Select(c => (Id: c.Key, Score: (c.Value.Topics + (TextWeight * c.Value.Text)) * NewsRecency.Factor(c.Value.PublishedAt, now), c.Value.PublishedAt))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.PublishedAt).ThenByDescending(c => c.Id)
            .Take(count)
            .Select(c => c.Id)];
    }
}
