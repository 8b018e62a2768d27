namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Who may do what to a story. Contributors write and submit their own drafts; Editors (and Admins) edit any story,
/// review, publish, schedule, unpublish and correct; only Admins delete. The services check these on every call, the
/// endpoints check the matching policy before that.
/// </summary>
public static class StoryRules
{
    public static bool CanRead(NewsroomActor actor, Story story) => actor.IsEditor || IsOwn(actor, story);

    /// <summary>A Contributor may only change their own story while it is a draft that has never been published.</summary>
    public static bool CanEdit(NewsroomActor actor, Story story) =>
        CanEdit(actor, story.CreatedById, story.State, story.PublishedRevisionNumber);

    /// <summary>The same rule over a story as the newsroom shows it, so pages offer only what the services allow.</summary>
    public static bool CanEdit(NewsroomActor actor, StoryView story) =>
        CanEdit(actor, story.CreatedById, story.State, story.PublishedRevisionNumber);

    public static bool CanSubmit(NewsroomActor actor, Story story) => CanEdit(actor, story);

    public static bool CanPublish(NewsroomActor actor) => actor.IsEditor;

    public static bool CanDelete(NewsroomActor actor) => actor.IsAdmin;

    /// <summary>The states a story may be created in by this actor.</summary>
    public static bool CanCreateIn(NewsroomActor actor, StoryState state) =>
        state is StoryState.Draft or StoryState.InReview || (actor.IsEditor && state is StoryState.Published or StoryState.Scheduled);

    private static bool IsOwn(NewsroomActor actor, Story story) => story.CreatedById == actor.UserId;

    private static bool CanEdit(NewsroomActor actor, string createdById, StoryState state, int? publishedRevisionNumber) =>
        actor.IsEditor || (createdById == actor.UserId && state == StoryState.Draft && publishedRevisionNumber is null);
}
