using Dateline.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Accounts.Newsroom;

/// <summary>Signing out is a form post (with antiforgery), so a link on another site cannot sign anyone out.</summary>
public sealed class SignOutModel(SignInManager<NewsroomUser> signIn) : NewsroomPageModel
{
    public void OnGet() => Title = Text.SignOut;

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(AccountsModule.SignInPath);
    }
}
