using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>Two revisions of a story side by side, field by field (/newsroom/stories/{id}/revisions/compare?from=&amp;to=).</summary>
public sealed class StoryCompareModel(StoryEditing editing, StoryComparison comparison) : NewsroomPageModel
{
    public DeskText Desk => DeskText.For(UiLanguage);

    public StoryView Story { get; private set; } = null!;

    public FieldDiffView Diff { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int from, int to, CancellationToken cancellationToken)
    {
        var result = await editing.GetAsync(NewsroomActor.From(User)!, id, cancellationToken);
        if (result.Story is not { } story)
        {
            return result.Outcome == StoryOutcome.Forbidden ? StatusCode(StatusCodes.Status403Forbidden) : NotFound();
        }

        var older = await editing.RevisionAsync(id, from, cancellationToken);
        var newer = await editing.RevisionAsync(id, to, cancellationToken);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        Story = story;
        Title = string.Format(Desk.CompareTitle, from, to);
        var changes = await comparison.CompareAsync(older.Fields, newer.Fields, story.EditionCode, Desk, cancellationToken);
        Diff = new FieldDiffView(changes, Heading(older), Heading(newer), Desk);
        return Page();
    }

    private string Heading(StoryRevision revision) =>
        string.Format(Desk.RevisionBy, revision.Number, revision.AuthorName, revision.CreatedAt.ToString("yyyy-MM-dd HH:mm"));
}
