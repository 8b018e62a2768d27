using Dateline.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Accounts.Newsroom;

/// <summary>The signed-in user's own settings: the newsroom's interface language.</summary>
public sealed class PreferencesModel(UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn) : NewsroomPageModel
{
    [BindProperty]
    public string Language { get; set; } = NewsroomLanguages.English;

    public bool Saved { get; private set; }

    public void OnGet(bool saved)
    {
        Language = UiLanguage;
        Saved = saved;
        Title = Text.Preferences;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!NewsroomLanguages.All.Contains(Language))
        {
            Title = Text.Preferences;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        user.UiLanguage = Language;
        await users.UpdateAsync(user);

        // The language travels in the cookie; issue a new one so the next page already speaks it.
        await signIn.RefreshSignInAsync(user);
        return Redirect("/newsroom/preferences?saved=true");
    }
}
