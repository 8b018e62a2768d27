using Dateline.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Accounts.Newsroom;

/// <summary>The signed-in user's own security: sessions on other devices.</summary>
public sealed class SecurityModel(UserManager<NewsroomUser> users, SignInManager<NewsroomUser> signIn) : NewsroomPageModel
{
    public bool TwoFactorEnabled { get; private set; }

    public void OnGet()
    {
        Title = Text.Security;
        TwoFactorEnabled = User.HasClaim(c => c.Type == NewsroomClaims.TwoFactor);
    }

    /// <summary>
    /// A new security stamp invalidates every cookie issued before it, on every device, at that cookie's next check
    /// (<see cref="NewsroomOptions.SessionCheckInterval"/>); this device's cookie is removed at once.
    /// </summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect(AccountsModule.SignInPath);
    }
}
