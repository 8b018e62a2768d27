using System.Globalization;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>
/// One author: names in both editions, address, biographies and photo (kept, removed, one of the newest media library
/// images, any library image by number, or a new upload, which joins the media library).
/// </summary>
public sealed class AuthorModel(EditionCatalog catalog, DatelineDbContext db, TaxonomyEditing editing, MediaLibrary media) : TaxonomyPageModel(catalog)
{
    public const int RecentPhotos = 12;

    [BindProperty]
    public AuthorForm Form { get; set; } = new();

    public int Id { get; private set; }

    public int? CurrentPhotoId { get; private set; }

    public IReadOnlyList<PhotoChoice> Photos { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Authors.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } author)
        {
            return NotFound();
        }

        Form = new AuthorForm { Name = author.Name, NameAr = author.NameAr, Slug = author.Slug, Bio = author.Bio, BioAr = author.BioAr };
        await LoadAsync(id, author.PhotoId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Authors.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.PhotoId }).FirstOrDefaultAsync(cancellationToken) is not { } current)
        {
            return NotFound();
        }

        int? photo;
        if (Form.Upload is { Length: > 0 } upload)
        {
            try
            {
                await using var stream = upload.OpenReadStream();
                photo = (await media.UploadAsync(stream, upload.FileName, UserDisplayName, cancellationToken)).Id;
            }
            catch (InvalidImageException refused)
            {
                return await RefusedAsync([string.Format(CultureInfo.InvariantCulture, T.PhotoRefused, refused.Message)], () => LoadAsync(id, current.PhotoId, cancellationToken));
            }
        }
        else
        {
            photo = Form.PhotoNumber ?? Form.Photo switch
            {
                "none" => null,
                { } chosen when int.TryParse(chosen, NumberStyles.None, CultureInfo.InvariantCulture, out var picked) => picked,
                _ => current.PhotoId,
            };
        }

        var change = new AuthorChange(Form.Name, Form.NameAr, Form.Slug, Form.Bio, Form.BioAr, photo);
        return await AnswerAsync(await editing.UpdateAuthorAsync(id, change, cancellationToken), $"/newsroom/authors/{id}", () => LoadAsync(id, current.PhotoId, cancellationToken));
    }

    private async Task LoadAsync(int id, int? photoId, CancellationToken cancellationToken)
    {
        await SetEditionAsync(null, cancellationToken);
        Id = id;
        CurrentPhotoId = photoId;
        Title = $"{T.Authors}: {Form.Name}";
        Photos = await db.MediaAssets.AsNoTracking()
            .OrderByDescending(m => m.Id)
            .Take(RecentPhotos)
            .Select(m => new PhotoChoice(m.Id, m.AltText, m.Caption))
            .ToListAsync(cancellationToken);
    }
}
