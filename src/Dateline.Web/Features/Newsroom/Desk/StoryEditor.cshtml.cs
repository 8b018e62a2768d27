using System.Globalization;
using Dateline.Web.Features.Agencies;
using Dateline.Web.Features.Authors;
using Dateline.Web.Features.Media.Newsroom;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Features.Sections;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// The story editor at /newsroom/stories/new and /newsroom/stories/{id}. Every save names the version the editor
/// loaded: a save over someone else's answers 409 with both versions and the editor's text kept in the form. The
/// workflow buttons a role may not use are not shown, and the services refuse them anyway.
/// </summary>
public sealed class StoryEditorModel(
    DatelineDbContext db, StoryEditing editing, StoryWorkflow workflow, NewsroomTaxonomy taxonomy, EditLocks locks, StoryComparison comparison,
    DeskLookups lookups, StoryTranslations translations)
    : NewsroomPageModel
{
    [BindProperty]
    public StoryForm Form { get; set; } = new();

    public DeskText Desk => DeskText.For(UiLanguage);

    public StoryView? Story { get; private set; }

    public bool IsNew => Story is null;

    public NewsroomActor Actor => NewsroomActor.From(User)!;

    public EditLockState? Lock { get; private set; }

    /// <summary>Set when a save met another version: what is saved now (the form keeps the editor's text).</summary>
    public StoryConflict? Conflict { get; private set; }

    public string? ConflictMessage { get; private set; }

    /// <summary>On a conflict, the saved version (before) against the editor's (after), field by field.</summary>
    public FieldDiffView? ConflictDiff { get; private set; }

    /// <summary>After "keep theirs, show mine": the editor's unsaved text beside the saved version now in the form.</summary>
    public StoryForm? Mine { get; private set; }

    public bool JustSaved { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<Section> Sections { get; private set; } = [];

    public IReadOnlyList<Author> Authors { get; private set; } = [];

    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public IReadOnlyList<string> Editions { get; private set; } = [];

    public string Edition => Story?.EditionCode ?? Form.Edition ?? "en";

    public DeskPickerText Pickers => DeskPickerText.For(UiLanguage);

    /// <summary>The pins in the form, with their headlines.</summary>
    public IReadOnlyList<StorySuggestion> Pinned { get; private set; } = [];

    /// <summary>Set when the pinned-stories search ran without a script (the form was posted, nothing saved).</summary>
    public IReadOnlyList<StorySuggestion>? PinResults { get; private set; }

    public bool PinsChanged { get; private set; }

    /// <summary>The linked stories of other editions (shown beside the form when readable).</summary>
    public IReadOnlyList<StoryCounterpart> Translations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, bool saved, string? edition, int? hero, CancellationToken cancellationToken)
    {
        JustSaved = saved;
        if (id == "new")
        {
            Form.Edition = edition is "ar" or "en" ? edition : UiLanguage;
            Title = Desk.NewStory;
            await LoadChoicesAsync(cancellationToken);
            return Page();
        }

        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var storyId))
        {
            return NotFound();
        }

        var result = await editing.GetAsync(Actor, storyId, cancellationToken);
        if (result.Story is not { } story)
        {
            return Failure(result);
        }

        Story = story;
        await FillAsync(story, cancellationToken);
        HeroImagePicker.Choose(Form, hero);
        Lock = await locks.OpenAsync(Actor, storyId, takeOver: false, cancellationToken);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string? act, CancellationToken cancellationToken)
    {
        act = act?.ToLowerInvariant() ?? "save";
        if (act.StartsWith("pin", StringComparison.Ordinal))
        {
            return await PinsAsync(id, act, cancellationToken);
        }

        if (id == "new")
        {
            return await CreateAsync(act, cancellationToken);
        }

        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var storyId))
        {
            return NotFound();
        }

        var current = await editing.GetAsync(Actor, storyId, cancellationToken);
        if (current.Story is not { } story)
        {
            return Failure(current);
        }

        Story = story;
        switch (act)
        {
            case "takeover":
                await locks.OpenAsync(Actor, storyId, takeOver: true, cancellationToken);
                return Redirect($"/newsroom/stories/{storyId}");
            case "unpublish":
                return await DoneAsync(await workflow.UnpublishAsync(Actor, storyId, Form.Version, cancellationToken), cancellationToken);
            case "keeptheirs":
                // Nothing is saved: the form shows the saved version, and what the editor posted is shown back beside it.
                Mine = Form;
                ModelState.Clear();
                await FillAsync(story, cancellationToken);
                Lock = await locks.OpenAsync(Actor, storyId, takeOver: false, cancellationToken);
                await LoadChoicesAsync(cancellationToken);
                return Page();
        }

        if (!ModelState.IsValid)
        {
            return await InvalidAsync(null, cancellationToken);
        }

        var result = await workflow.InTransactionAsync(async ct =>
        {
            var (input, errors) = await InputAsync(story.EditionCode, story.Fields, ct);
            if (input is null)
            {
                return StoryResult.Invalid(errors);
            }

            var saved = await editing.SaveAsync(Actor, storyId, Form.Version, input, ct);
            return saved.Story is { } now ? await MoveAsync(act, now, ct) : saved;
        }, cancellationToken);
        return await DoneAsync(result, cancellationToken, act);
    }

    /// <summary>
    /// The script's autosave: the same save as the form's, answered in JSON. A conflict saves nothing (409), and the
    /// page's script then asks the editor to save through the form, which shows both versions.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(string id, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var storyId))
        {
            return NotFound();
        }

        var current = await editing.GetAsync(Actor, storyId, cancellationToken);
        if (current.Story is not { } story)
        {
            return Failure(current);
        }

        if (!ModelState.IsValid)
        {
            return new JsonResult(new { saved = false }) { StatusCode = StatusCodes.Status422UnprocessableEntity };
        }

        var result = await workflow.InTransactionAsync(async ct =>
        {
            var (input, errors) = await InputAsync(story.EditionCode, story.Fields, ct);
            return input is null ? StoryResult.Invalid(errors) : await editing.SaveAsync(Actor, storyId, Form.Version, input, ct);
        }, cancellationToken);
        return result switch
        {
            { Story: { } saved } => new JsonResult(new { saved = true, version = saved.Version, savedAt = saved.UpdatedAt }),
            { Outcome: StoryOutcome.Conflict } => new JsonResult(new { saved = false, conflict = true, version = result.Conflict!.Current.Version })
            {
                StatusCode = StatusCodes.Status409Conflict,
            },
            { Outcome: StoryOutcome.Forbidden } => StatusCode(StatusCodes.Status403Forbidden),
            _ => new JsonResult(new { saved = false, errors = result.Errors }) { StatusCode = StatusCodes.Status422UnprocessableEntity },
        };
    }

    /// <summary>"Create the Arabic (English) version": a linked draft in the other edition, opened beside this story.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, string? edition, CancellationToken cancellationToken)
    {
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var storyId))
        {
            return NotFound();
        }

        var result = await translations.CreateAsync(Actor, storyId, edition ?? "", cancellationToken);
        return result switch
        {
            { Story: { } linked } => Redirect($"/newsroom/stories/{linked.Id}"),
            { Outcome: StoryOutcome.Invalid or StoryOutcome.NotAllowedInState } => BadRequest(),
            _ => Failure(result),
        };
    }

    /// <summary>
    /// The pinned-stories picker without a script: find, pin, move and remove re-show the form as posted (nothing is
    /// saved; the editor saves when done). With a script the same buttons work in the page and never post.
    /// </summary>
    private async Task<IActionResult> PinsAsync(string id, string act, CancellationToken cancellationToken)
    {
        if (id != "new")
        {
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var storyId))
            {
                return NotFound();
            }

            var current = await editing.GetAsync(Actor, storyId, cancellationToken);
            if (current.Story is not { } story)
            {
                return Failure(current);
            }

            Story = story;
        }

        var pins = Form.PinnedRelatedIds.Distinct().ToList();
        var (verb, target) = act.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            && int.TryParse(act.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var pin)
            ? (act[..colon], pin)
            : (act, 0);
        var at = pins.IndexOf(target);
        switch (verb)
        {
            case "pin-add" when at < 0 && target != Story?.Id:
                pins.Add(target);
                break;
            case "pin-remove" when at >= 0:
                pins.RemoveAt(at);
                break;
            case "pin-up" when at > 0:
                (pins[at - 1], pins[at]) = (pins[at], pins[at - 1]);
                break;
            case "pin-down" when at >= 0 && at < pins.Count - 1:
                (pins[at + 1], pins[at]) = (pins[at], pins[at + 1]);
                break;
            case "pin-find":
                PinResults = await lookups.StoriesAsync(Edition, Form.PinQuery, [.. pins, Story?.Id ?? 0], cancellationToken);
                break;
        }

        PinsChanged = verb != "pin-find";
        Form.PinnedRelatedIds = pins;
        ModelState.Remove($"{nameof(Form)}.{nameof(StoryForm.PinnedRelatedIds)}");
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> CreateAsync(string act, CancellationToken cancellationToken)
    {
        var edition = Form.Edition ?? "";
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(null, cancellationToken);
        }

        var result = await workflow.InTransactionAsync(async ct =>
        {
            var (input, errors) = await InputAsync(edition, null, ct);
            if (input is null)
            {
                return StoryResult.Invalid(errors);
            }

            var created = await editing.CreateAsync(Actor, edition, input, ct);
            return created.Story is { } story ? await MoveAsync(act, story, ct) : created;
        }, cancellationToken);
        return await DoneAsync(result, cancellationToken, act);
    }

    private async Task<StoryResult> MoveAsync(string act, StoryView story, CancellationToken cancellationToken) => act switch
    {
        "submit" when story.State != StoryState.InReview => await workflow.SubmitAsync(Actor, story.Id, story.Version, cancellationToken),
        "publish" => await workflow.PublishAsync(Actor, story.Id, story.Version, cancellationToken),
        "schedule" when Form.PublishAt is { } at =>
            await workflow.ScheduleAsync(Actor, story.Id, DateTime.SpecifyKind(at, DateTimeKind.Utc), story.Version, cancellationToken),
        "schedule" => StoryResult.Invalid(new Dictionary<string, string[]> { ["publishAt"] = [Desk.PublishAt] }),
        _ => StoryResult.Ok(story),
    };

    private async Task<IActionResult> DoneAsync(StoryResult result, CancellationToken cancellationToken, string? act = null)
    {
        if (result.Story is { } done)
        {
            return Redirect(act == HeroImagePicker.PickAct ? HeroImagePicker.PickerUrl(done.Id) : $"/newsroom/stories/{done.Id}?saved=true");
        }

        switch (result.Outcome)
        {
            case StoryOutcome.Conflict:
                Conflict = result.Conflict;
                ConflictMessage = result.Message;
                // The next save is a deliberate one over the version now saved; the editor's text stays as posted.
                ModelState.Remove($"{nameof(Form)}.{nameof(StoryForm.Version)}");
                Form.Version = result.Conflict!.Current.Version;
                Story = result.Conflict.Current;
                if (result.Conflict.Mine is { } mine)
                {
                    var theirs = result.Conflict.Current;
                    var changes = await comparison.CompareAsync(theirs.Fields, mine, theirs.EditionCode, Desk, cancellationToken);
                    ConflictDiff = new FieldDiffView(
                        changes, string.Format(Desk.RevisionBy, theirs.RevisionNumber, theirs.UpdatedByName, theirs.UpdatedAt.ToString("yyyy-MM-dd HH:mm")), Desk.YourVersion, Desk);
                }

                await LoadChoicesAsync(cancellationToken);
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            case StoryOutcome.Invalid:
                return await InvalidAsync(result.Errors, cancellationToken);
            case StoryOutcome.NotAllowedInState:
                return await InvalidAsync(new Dictionary<string, string[]> { [""] = [result.Message ?? ""] }, cancellationToken);
            default:
                return Failure(result);
        }
    }

    private async Task<IActionResult> InvalidAsync(IReadOnlyDictionary<string, string[]>? errors, CancellationToken cancellationToken)
    {
        var messages = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage).ToList();
        foreach (var (field, fieldErrors) in errors ?? new Dictionary<string, string[]>())
        {
            messages.AddRange(fieldErrors.Select(e => field.Length == 0 ? e : $"{field}: {e}"));
        }

        Errors = messages;
        await LoadChoicesAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private StatusCodeResult Failure(StoryResult result) => result.Outcome switch
    {
        StoryOutcome.Forbidden => StatusCode(StatusCodes.Status403Forbidden),
        _ => NotFound(),
    };

    /// <summary>The form as the services' input.</summary>
    private async Task<(StoryInput? Input, Dictionary<string, string[]> Errors)> InputAsync(string edition, StoryFields? saved, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var (topics, badTopics) = await taxonomy.TopicIdsAsync(edition, (Form.Topics ?? "").Split([',', '،']), cancellationToken);
        if (badTopics.Count > 0)
        {
            errors["topics"] = [string.Join(", ", badTopics)];
            return (null, errors);
        }

        var keep = saved is null ? new StoryInput() : StoryInput.From(saved);
        return (keep with
        {
            Headline = Form.Headline,
            Standfirst = Form.Standfirst,
            BodyHtml = Form.BodyHtml,
            Slug = string.IsNullOrWhiteSpace(Form.Slug) ? null : Form.Slug.Trim(),
            DatelinePlace = Form.DatelinePlace,
            SectionId = Form.SectionId,
            AgencyId = Form.AgencyId,
            HeroImageId = Form.HeroImageId,
            HeroCaption = Form.HeroCaption,
            HeroCredit = Form.HeroCredit,
            HeroAltText = Form.HeroAltText,
            TopicIds = topics,
            AuthorIds = Form.AuthorIds,
            PinnedRelatedIds = Form.PinnedRelatedIds,
            SeoTitle = Form.SeoTitle,
            SeoDescription = Form.SeoDescription,
        }, errors);
    }

    private async Task FillAsync(StoryView story, CancellationToken cancellationToken)
    {
        var fields = story.Fields;
        var topicIds = fields.TopicIds.ToList();
        var names = await db.Topics.AsNoTracking().Where(t => topicIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        Title = fields.Headline;
        Form = new StoryForm
        {
            Edition = story.EditionCode,
            Headline = fields.Headline,
            Standfirst = fields.Standfirst,
            BodyHtml = fields.BodyHtml,
            SectionId = fields.SectionId,
            Topics = string.Join(", ", topicIds.Where(names.ContainsKey).Select(t => names[t])),
            AuthorIds = [.. fields.AuthorIds],
            PinnedRelatedIds = [.. fields.PinnedRelatedIds],
            AgencyId = fields.AgencyId,
            HeroImageId = fields.HeroImageId,
            HeroCaption = fields.HeroCaption,
            HeroCredit = fields.HeroCredit,
            HeroAltText = fields.HeroAltText,
            DatelinePlace = fields.DatelinePlace,
            Slug = fields.Slug,
            SeoTitle = fields.SeoTitle,
            SeoDescription = fields.SeoDescription,
            Version = story.Version,
            PublishAt = story.PublishAt,
        };
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        var edition = Edition;
        Title = string.IsNullOrEmpty(Title) ? (Form.Headline ?? Desk.NewStory) : Title;
        Editions = await db.Editions.AsNoTracking().OrderBy(e => e.Code).Select(e => e.Code).ToListAsync(cancellationToken);
        Sections = await db.Sections.AsNoTracking().Where(s => s.EditionCode == edition).OrderBy(s => s.EditionCode).ThenBy(s => s.SortOrder).ToListAsync(cancellationToken);
        Authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ToListAsync(cancellationToken);
        Pinned = await lookups.PinnedAsync(Form.PinnedRelatedIds, cancellationToken);
        Translations = Story is { } story ? await translations.CounterpartsAsync(Actor, story.Id, cancellationToken) : [];
    }
}
