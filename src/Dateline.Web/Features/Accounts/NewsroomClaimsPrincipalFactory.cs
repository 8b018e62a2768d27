using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

internal sealed class NewsroomClaimsPrincipalFactory(
    UserManager<NewsroomUser> users,
    RoleManager<IdentityRole<int>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<NewsroomUser, IdentityRole<int>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(NewsroomUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NewsroomClaims.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        identity.AddClaim(new Claim(NewsroomClaims.UiLanguage, NewsroomLanguages.Normalize(user.UiLanguage)));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(NewsroomClaims.TwoFactor, "on"));
        }

        return identity;
    }
}
