using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// A story's revision list at /newsroom/stories/{id}/revisions: every save and workflow step with who and when, links
/// to compare any two revisions, and restore (an earlier revision saved again as a new one, over the version this page
/// showed, so a restore never overwrites a save made meanwhile). Whoever may read the story sees the list; whoever
/// may edit it may restore.
/// </summary>
public sealed class StoryRevisionsModel(StoryEditing editing) : NewsroomPageModel
{
    public DeskText Desk => DeskText.For(UiLanguage);

    public StoryView Story { get; private set; } = null!;

    public IReadOnlyList<StoryHistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<int> Numbers { get; private set; } = [];

    public bool CanRestore { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? restored, int? revision, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } failure)
        {
            return failure;
        }

        if (restored is { } from && revision is { } to)
        {
            Message = string.Format(Desk.Restored, from, to);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int number, int version, CancellationToken cancellationToken)
    {
        var actor = NewsroomActor.From(User)!;
        var result = await editing.RestoreAsync(actor, id, number, version, cancellationToken);
        if (result.Story is { } story)
        {
            return Redirect($"/newsroom/stories/{id}/revisions?restored={number}&revision={story.RevisionNumber}");
        }

        switch (result.Outcome)
        {
            case StoryOutcome.Conflict:
                Response.StatusCode = StatusCodes.Status409Conflict;
                Message = Desk.RestoreConflict;
                break;
            case StoryOutcome.Invalid:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                Message = string.Join(" ", result.Errors!.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
                break;
            case StoryOutcome.Forbidden:
                return StatusCode(StatusCodes.Status403Forbidden);
            default:
                return NotFound();
        }

        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var actor = NewsroomActor.From(User)!;
        var result = await editing.GetAsync(actor, id, cancellationToken);
        if (result.Story is not { } story)
        {
            return result.Outcome == StoryOutcome.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        Story = story;
        Title = string.Format(Desk.RevisionsOf, story.Fields.Headline);
        CanRestore = StoryRules.CanEdit(actor, story);
        var revisions = await editing.RevisionsAsync(id, cancellationToken);
        var steps = await editing.StepsAsync(id, cancellationToken);
        Numbers = [.. revisions.Select(r => r.Number)];
        History =
        [
            .. revisions.Select(r => new StoryHistoryEntry(r.CreatedAt, r.AuthorName, SaveKind(r), r.Number, IsSave: true, Detail: null))
                .Concat(steps.Select(s => new StoryHistoryEntry(s.At, s.ActorName, StepKind(s), s.RevisionNumber, IsSave: false, s.Kind == StoryStepKind.Corrected ? s.Detail : null)))
                .OrderByDescending(e => e.At)
                .ThenBy(e => e.IsSave),
        ];
        return null;
    }

    private string SaveKind(StoryRevisionSummary revision) =>
        revision.RestoredFrom is { } from ? string.Format(Desk.KindRestored, from)
        : revision.Number == 1 ? Desk.KindCreated
        : Desk.KindSaved;

    private string StepKind(StoryStep step) => step.Kind switch
    {
        StoryStepKind.Submitted => Desk.KindSubmitted,
        StoryStepKind.ReturnedToDraft => Desk.KindReturnedToDraft,
        StoryStepKind.Scheduled => string.Format(Desk.KindScheduled, step.Detail),
        StoryStepKind.Published => Desk.KindPublished,
        StoryStepKind.Unpublished => Desk.KindUnpublished,
        _ => Desk.KindCorrected,
    };
}
