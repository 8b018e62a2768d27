using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Newsroom.Desk;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>
/// The story editor's hero image field. A view component rather than a partial so that the editor's page model needs
/// to know nothing of the media library: it passes its form and story id, and this reads the chosen asset.
/// </summary>
[ViewComponent(Name = "HeroImagePicker")]
public sealed class HeroImagePickerViewComponent(DatelineDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(StoryForm form, int? storyId)
    {
        var asset = form.HeroImageId is { } id
            ? await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, HttpContext.RequestAborted)
            : null;
        var language = NewsroomLanguages.Normalize(UserClaimsPrincipal.FindFirst(NewsroomClaims.UiLanguage)?.Value);
        var pending = HttpMethods.IsGet(HttpContext.Request.Method) && HttpContext.Request.Query.ContainsKey("hero");
        return View("/Features/Media/Newsroom/_HeroImagePicker.cshtml", new HeroImageField(form, storyId, asset, pending, MediaText.For(language)));
    }
}
