namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Where a story's working copy stands in the workflow. Whether readers see the story is the article's own status
/// (<see cref="Articles.ArticleStatus"/>): a live story whose changes are in review is <see cref="InReview"/> here and
/// still published there.
/// </summary>
public enum StoryState
{
    /// <summary>Being written; only its writer (a Contributor) or an Editor may change it.</summary>
    Draft = 0,

    /// <summary>Submitted for an Editor to review and publish.</summary>
    InReview = 1,

    /// <summary>To be published by <see cref="ScheduledPublisher"/> at <see cref="Story.PublishAt"/>, and not before.</summary>
    Scheduled = 2,

    /// <summary>The working copy was published (later edits keep this state until submitted or published).</summary>
    Published = 3,

    /// <summary>Taken down; readers get a 404.</summary>
    Unpublished = 4,
}
