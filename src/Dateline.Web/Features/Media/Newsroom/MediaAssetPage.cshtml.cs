using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>
/// One photo: its description, rights (Editors) and focal point (numbers, or a click on the photo with the script,
/// which also redraws the three crops), the stories that use it, and deleting it when none does (Editors).
/// </summary>
[Authorize(Policy = NewsroomPolicies.Contributor)]
public sealed class MediaAssetPageModel(DatelineDbContext db, MediaUsage usage, MediaLibrary library, ArticleCacheEviction eviction)
    : NewsroomPageModel
{
    public MediaText Words => MediaText.For(UiLanguage);

    public MediaAsset Asset { get; private set; } = null!;

    public IReadOnlyList<MediaUse> UsedIn { get; private set; } = [];

    public bool MayChangeRights => NewsroomActor.From(User)?.IsEditor == true;

    [BindProperty]
    public MediaAssetForm Form { get; set; } = new();

    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public bool DeleteRefused { get; private set; }

    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = MediaAssetForm.Of(Asset);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        var asset = await db.MediaAssets.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (asset is null)
        {
            return NotFound();
        }

        // A Contributor's form has no rights fields; whatever it posts for them is not applied.
        var edit = Form.ToEdit(MayChangeRights);
        Errors = edit.Validate();
        if (Errors.Count > 0)
        {
            await LoadAsync(id, cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        await MediaChanges.ApplyAsync(db, usage, eviction, asset, edit, cancellationToken);
        return RedirectToPage(null, new { id, saved = true });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!MayChangeRights)
        {
            return Forbid();
        }

        var uses = await library.DeleteAsync(id, cancellationToken);
        if (uses is null)
        {
            return NotFound();
        }

        if (uses.Count == 0)
        {
            return RedirectToPage("/Features/Media/Newsroom/MediaLibraryPage", new { deleted = id });
        }

        await LoadAsync(id, cancellationToken);
        Form = MediaAssetForm.Of(Asset);
        DeleteRefused = true;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var asset = await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (asset is null)
        {
            return false;
        }

        Asset = asset;
        UsedIn = await usage.StoriesUsingAsync(id, cancellationToken);
        Title = string.Format(System.Globalization.CultureInfo.InvariantCulture, Words.EditTitle, id);
        return true;
    }
}
