using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

/// <summary>Identity's sign-in with one rule added: a disabled user is refused however correct the password.</summary>
internal sealed class NewsroomSignInManager(
    UserManager<NewsroomUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<NewsroomUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<NewsroomUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<NewsroomUser> confirmation)
    : SignInManager<NewsroomUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(NewsroomUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);
}
