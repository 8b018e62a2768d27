using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Media.Api;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>
/// The hero image picker without script: search the library and follow a photo back to the story's editor, or upload
/// one and go back with it. Nothing is saved on the story here; the editor shows the choice until it is saved.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Contributor)]
[RequestFormLimits(MultipartBodyLengthLimit = MediaLibraryPageModel.UploadRequestLimit)]
public sealed class MediaPickerPageModel(DatelineDbContext db, MediaSearch search, MediaLibrary library) : NewsroomPageModel
{
    public const int PageSize = 24;

    public MediaText Words => MediaText.For(UiLanguage);

    public int StoryId { get; private set; }

    public string Headline { get; private set; } = "";

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "before")]
    public int? Before { get; set; }

    public IReadOnlyList<MediaAsset> Assets { get; private set; } = [];

    public int? Next { get; private set; }

    public string? UploadError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int storyId, CancellationToken cancellationToken) =>
        await LoadAsync(storyId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostUploadAsync(int storyId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(User) is not { } actor)
        {
            return Forbid();
        }

        if (!await LoadAsync(storyId, cancellationToken))
        {
            return NotFound();
        }

        if (file is null)
        {
            UploadError = Words.ChooseFile;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        try
        {
            await using var content = file.OpenReadStream();
            var asset = await library.UploadAsync(content, file.FileName, NewsroomMediaApi.UploaderName(User, actor), cancellationToken);
            return Redirect(HeroImagePicker.ChooseUrl(storyId, asset.Id));
        }
        catch (InvalidImageException e)
        {
            UploadError = e.Message;
            Response.StatusCode = e.StatusCode;
            return Page();
        }
    }

    private async Task<bool> LoadAsync(int storyId, CancellationToken cancellationToken)
    {
        var fields = await db.Stories.AsNoTracking().Where(s => s.ArticleId == storyId).Select(s => s.Fields).FirstOrDefaultAsync(cancellationToken);
        if (fields is null)
        {
            return false;
        }

        StoryId = storyId;
        Headline = fields.Headline;
        Title = Words.PickTitle;
        (Assets, Next) = await search.FindAsync(new MediaQuery(Query, Before: Before), PageSize, cancellationToken);
        return true;
    }
}
