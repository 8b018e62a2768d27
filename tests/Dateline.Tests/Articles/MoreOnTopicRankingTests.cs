using Dateline.Web.Features.Articles;

namespace Dateline.Tests.Articles;

public sealed class MoreOnTopicRankingTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Stories_sharing_more_of_the_topics_rank_first_when_equally_recent_and_alike()
    {
        var ranked = MoreOnTopicRanking.Rank(
            2,
            [new TopicOverlap(1, 1, Now.AddHours(-1)), new TopicOverlap(2, 2, Now.AddHours(-1))],
            [],
            Now,
            6);

        Assert.Equal([2, 1], ranked);
    }

    [Fact]
    public void Among_stories_sharing_the_same_topics_the_one_closer_in_wording_ranks_first()
    {
        var ranked = MoreOnTopicRanking.Rank(
            1,
            [new TopicOverlap(1, 1, Now.AddHours(-2)), new TopicOverlap(2, 1, Now.AddHours(-2))],
            [new SimilarStory(2, 8f, Now.AddHours(-2)), new SimilarStory(1, 1f, Now.AddHours(-2))],
            Now,
            6);

        Assert.Equal([2, 1], ranked);
    }

    [Fact]
    public void A_story_about_the_same_event_joins_the_list_without_sharing_a_topic_but_below_those_that_do()
    {
        var ranked = MoreOnTopicRanking.Rank(
            1,
            [new TopicOverlap(1, 1, Now.AddHours(-3))],
            [new SimilarStory(7, 5f, Now.AddHours(-3))],
            Now,
            6);

        Assert.Equal([1, 7], ranked);
    }

    [Fact]
    public void An_article_without_topics_is_related_by_wording_alone()
    {
        var ranked = MoreOnTopicRanking.Rank(
            0,
            [],
            [new SimilarStory(3, 2f, Now.AddDays(-1)), new SimilarStory(4, 6f, Now.AddDays(-1))],
            Now,
            6);

        Assert.Equal([4, 3], ranked);
    }

    [Fact]
    public void Between_equal_matches_the_newer_story_wins_and_a_year_old_one_needs_a_far_better_match()
    {
        var equal = MoreOnTopicRanking.Rank(1, [new TopicOverlap(1, 1, Now.AddDays(-30)), new TopicOverlap(2, 1, Now.AddHours(-1))], [], Now, 6);
        Assert.Equal([2, 1], equal);

        // Same topics, but the old story is the closest in wording and the new one barely alike: recency still wins,
        // because ×2 against ×1.02 outweighs a text share of at most 0.5.
        var oldButAlike = MoreOnTopicRanking.Rank(
            1,
            [new TopicOverlap(1, 1, Now.AddDays(-365)), new TopicOverlap(2, 1, Now.AddHours(-1))],
            [new SimilarStory(1, 10f, Now.AddDays(-365)), new SimilarStory(2, 1f, Now.AddHours(-1))],
            Now,
            6);
        Assert.Equal([2, 1], oldButAlike);
    }

    [Fact]
    public void Each_story_is_listed_once_and_the_list_stops_at_the_count_in_a_stable_order()
    {
        var overlaps = Enumerable.Range(1, 10).Select(i => new TopicOverlap(i, 1, Now.AddHours(-1))).ToList();
        var similar = overlaps.Select(o => new SimilarStory(o.ArticleId, 1f, o.PublishedAt)).ToList();

        var ranked = MoreOnTopicRanking.Rank(1, overlaps, similar, Now, 4);

        Assert.Equal([10, 9, 8, 7], ranked);
    }

    [Fact]
    public void Stories_that_match_nothing_are_not_listed()
    {
        Assert.Empty(MoreOnTopicRanking.Rank(1, [], [new SimilarStory(5, 0f, Now)], Now, 6));
    }
}
