namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>How a story operation ended; each maps to one HTTP status in the API and one message in the UI.</summary>
public enum StoryOutcome
{
    /// <summary>Done (200/201).</summary>
    Ok,

    /// <summary>No such story (404).</summary>
    NotFound,

    /// <summary>The actor's role may not do this to this story (403).</summary>
    Forbidden,

    /// <summary>Someone saved in between: <see cref="StoryResult.Conflict"/> holds both versions (409, or 412 on If-Match).</summary>
    Conflict,

    /// <summary>Fields failed validation: <see cref="StoryResult.Errors"/> names each (422).</summary>
    Invalid,

    /// <summary>The story's state does not allow this (publishing before its embargo, correcting a draft) (409).</summary>
    NotAllowedInState,
}
