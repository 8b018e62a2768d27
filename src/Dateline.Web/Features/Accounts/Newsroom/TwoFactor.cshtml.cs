using Dateline.Web.Features.Audit;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts.Newsroom;

/// <summary>
/// The signed-in user's two-factor sign-in with an authenticator app (TOTP): enrol by scanning the key and proving
/// one code, recovery codes shown once, new recovery codes, turn off. Admins cannot turn it off while
/// <see cref="NewsroomOptions.RequireTwoFactorForAdmins"/> is on.
/// </summary>
public sealed class TwoFactorModel(
    UserManager<NewsroomUser> users,
    SignInManager<NewsroomUser> signIn,
    IUserStore<NewsroomUser> store,
    AuditLog audit,
    IOptionsMonitor<NewsroomOptions> options) : NewsroomPageModel
{
    public const int RecoveryCodeCount = 10;

    [BindProperty]
    public string? Code { get; set; }

    public bool IsEnabled { get; private set; }

    /// <summary>An Admin sent here by the enrolment gate.</summary>
    public bool IsRequired { get; private set; }

    public string? Key { get; private set; }

    public string QrPath { get; private set; } = "";

    public int QrSize { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public string? Error { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool off)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Notice = off ? Text.TwoFactorTurnedOff : null;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        var code = Normalize(Code);
        if (user.TwoFactorEnabled)
        {
            return Redirect(AdminTwoFactorGate.EnrolPath);
        }

        if (code.Length != 6 || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return await RefusedAsync(user, Text.TwoFactorCodeWrong);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await audit.RecordAsync("two-factor.enable", "user", SignInModel.UserIdOf(user), null, HttpContext.RequestAborted);
        // The cookie carries whether 2FA is on (the Admin gate reads it): issue a new one at once.
        await signIn.RefreshSignInAsync(user);
        Notice = Text.TwoFactorTurnedOn;
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect(AdminTwoFactorGate.EnrolPath);
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await audit.RecordAsync("two-factor.recovery-codes", "user", SignInModel.UserIdOf(user), null, HttpContext.RequestAborted);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        if (MustKeep(user))
        {
            return await RefusedAsync(user, Text.TwoFactorRequiredForAdmins);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key, so the entry left in the app and the old recovery codes are worthless.
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await audit.RecordAsync("two-factor.disable", "user", SignInModel.UserIdOf(user), null, HttpContext.RequestAborted);
        await signIn.RefreshSignInAsync(user);
        return Redirect(AdminTwoFactorGate.EnrolPath + "?off=true");
    }

    /// <summary>Spaces and dashes people type between digit groups go; the code itself is the digits.</summary>
    public static string Normalize(string? code) =>
        new([.. (code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    private bool MustKeep(NewsroomUser user) =>
        options.CurrentValue.RequireTwoFactorForAdmins && User.IsInRole(NewsroomRoles.Admin) && user.TwoFactorEnabled;

    private async Task<PageResult> RefusedAsync(NewsroomUser user, string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(NewsroomUser user)
    {
        Title = Text.TwoFactor;
        IsEnabled = user.TwoFactorEnabled;
        IsRequired = !IsEnabled && options.CurrentValue.RequireTwoFactorForAdmins && User.IsInRole(NewsroomRoles.Admin);
        if (IsEnabled)
        {
            return;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // Through the store, not ResetAuthenticatorKeyAsync: that also changes the security stamp, which would end
            // the user's sessions (this one at its next check) merely for opening the page.
            key = users.GenerateNewAuthenticatorKey();
            await ((IUserAuthenticatorKeyStore<NewsroomUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
            await users.UpdateAsync(user);
        }

        Key = key;
        QrPath = AuthenticatorQrCode.Path(AuthenticatorQrCode.Uri(user.Email ?? "", key!), out var size);
        QrSize = size;
    }
}
