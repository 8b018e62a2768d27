using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Media.Api;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>
/// The library: upload (a plain multipart form, which the script turns into per-file uploads through the API with
/// progress), and the grid with search, filters and keyset pages.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Contributor)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadRequestLimit)]
public sealed class MediaLibraryPageModel(MediaSearch search, MediaLibrary library) : NewsroomPageModel
{
    /// <summary>
    /// The form post's limit (attributes need a constant): the default <see cref="MediaOptions.MaxUploadRequestBytes"/>.
    /// Kestrel's own 30 MB body limit still applies to this script-less path (a [RequestSizeLimit] would lift it, but
    /// it warns on every request where the server cannot apply it); the script uploads file by file through the API.
    /// </summary>
    public const long UploadRequestLimit = 100 * 1024 * 1024;

    public const int PageSize = 48;

    public MediaText Words => MediaText.For(UiLanguage);

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "licence")]
    public MediaLicence? Licence { get; set; }

    [FromQuery(Name = "uploader")]
    public string? Uploader { get; set; }

    [FromQuery(Name = "from")]
    public DateOnly? From { get; set; }

    [FromQuery(Name = "to")]
    public DateOnly? To { get; set; }

    [FromQuery(Name = "before")]
    public int? Before { get; set; }

    [FromQuery(Name = "uploaded")]
    public int? UploadedCount { get; set; }

    [FromQuery(Name = "deleted")]
    public int? DeletedId { get; set; }

    public IReadOnlyList<MediaAsset> Assets { get; private set; } = [];

    public IReadOnlyList<string> Uploaders { get; private set; } = [];

    public int? Next { get; private set; }

    public string? UploadError { get; private set; }

    public bool Filtered => !string.IsNullOrWhiteSpace(Query) || Licence is not null || !string.IsNullOrWhiteSpace(Uploader) || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>Without the script: the browser posts every chosen file in one form; all are kept or none.</summary>
    public async Task<IActionResult> OnPostUploadAsync(List<IFormFile> files, CancellationToken cancellationToken)
    {
        if (NewsroomActor.From(User) is not { } actor)
        {
            return Forbid();
        }

        try
        {
            var assets = await library.UploadAllAsync(Opened(files), NewsroomMediaApi.UploaderName(User, actor), cancellationToken);
            if (assets.Count > 0)
            {
                return RedirectToPage(null, new { uploaded = assets.Count });
            }

            UploadError = Words.ChooseFiles;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        catch (InvalidImageException e)
        {
            UploadError = e.Message;
            Response.StatusCode = e.StatusCode;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The query of this page with another <c>before</c>, for the paging links.</summary>
    public Dictionary<string, string> LinkValues(int? before)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("q", Query);
        Add("licence", Licence?.ToString());
        Add("uploader", Uploader);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("before", before?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return values;
    }

    private static async IAsyncEnumerable<(Stream Content, string FileName)> Opened(List<IFormFile> files)
    {
        foreach (var file in files)
        {
            await using var content = file.OpenReadStream();
            yield return (content, file.FileName);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Title = Words.Library;
        (Assets, Next) = await search.FindAsync(new MediaQuery(Query, Licence, Uploader, From, To, Before), PageSize, cancellationToken);
        Uploaders = await search.UploadersAsync(cancellationToken);
    }
}
