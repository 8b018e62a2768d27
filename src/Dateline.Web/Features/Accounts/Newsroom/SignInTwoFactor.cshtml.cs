using Dateline.Web.Features.Audit;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dateline.Web.Features.Accounts.Newsroom;

/// <summary>
/// The second step of signing in for a user with two-factor sign-in: a code from their app, or one recovery code.
/// Only reachable with the short-lived cookie the password step leaves; wrong codes count toward the same lockout
/// as wrong passwords, and the posts toward the same per-address limit.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class SignInTwoFactorModel(SignInManager<NewsroomUser> signIn, AuditLog audit) : NewsroomPageModel
{
    public const string Path = "/newsroom/sign-in/two-factor";

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Redirect(AccountsModule.SignInPath);
        }

        Prepare(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Redirect(AccountsModule.SignInPath);
        }

        Prepare(user);
        var code = TwoFactorModel.Normalize(Code);
        if (code.Length == 0)
        {
            return Refused(Text.SignInCodeWrong);
        }

        // Six digits are an app's code; anything else can only be a recovery code (letters, a dash).
        var isAppCode = code.Length == 6 && code.All(char.IsAsciiDigit);
        var result = isAppCode
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode(Code));
        var method = isAppCode ? "authenticator" : "recovery-code";
        if (result.Succeeded)
        {
            await audit.RecordAsync("sign-in", "user", SignInModel.UserIdOf(user), new { method }, HttpContext.RequestAborted, SignInModel.ActorOf(user));
            return LocalRedirect(SignInModel.SafeReturnUrl(Url, ReturnUrl));
        }

        var reason = result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "code";
        await audit.RecordAsync("sign-in.failed", "user", SignInModel.UserIdOf(user), new { method, reason }, HttpContext.RequestAborted, SignInModel.ActorOf(user));
        return Refused(result.IsLockedOut ? Text.LockedOut : result.IsNotAllowed ? Text.NotAllowed : Text.SignInCodeWrong);
    }

    /// <summary>Recovery codes are issued as XXXXX-XXXXX in capitals; accept them typed in any case, with spaces around.</summary>
    private static string RecoveryCode(string? code) =>
        new([.. (code ?? "").Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant)]);

    private PageResult Refused(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private void Prepare(NewsroomUser user)
    {
        UiLanguage = user.UiLanguage;
        Title = Text.SignIn;
    }
}
