namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>The result of a story operation: the story as it now stands, or why not.</summary>
public sealed record StoryResult(StoryOutcome Outcome)
{
    public StoryView? Story { get; init; }
    public StoryConflict? Conflict { get; init; }

    /// <summary>Field name (camelCase, as the API names it) → messages.</summary>
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }

    public string? Message { get; init; }

    public bool Succeeded => Outcome == StoryOutcome.Ok;

    public static StoryResult Ok(StoryView story) => new(StoryOutcome.Ok) { Story = story };

    public static readonly StoryResult NotFound = new(StoryOutcome.NotFound) { Message = "No such story." };

    public static StoryResult Forbidden(string message) => new(StoryOutcome.Forbidden) { Message = message };

    public static StoryResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new(StoryOutcome.Invalid) { Errors = errors, Message = "Some fields are not valid." };

    public static StoryResult NotInState(string message) => new(StoryOutcome.NotAllowedInState) { Message = message };
}
