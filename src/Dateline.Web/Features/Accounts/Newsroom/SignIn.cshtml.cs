using System.ComponentModel.DataAnnotations;
using Dateline.Web.Features.Audit;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Dateline.Web.Features.Accounts.Newsroom;

[AllowAnonymous]
[EnableRateLimiting(SignInRateLimitPolicy.Name)]
public sealed class SignInModel(SignInManager<NewsroomUser> signIn, UserManager<NewsroomUser> users, AuditLog audit) : NewsroomPageModel
{
    [BindProperty]
    public SignInForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The interface language before anyone has signed in: <c>?ui=ar</c>, else the browser's preference.</summary>
    [BindProperty(SupportsGet = true, Name = "ui")]
    public string? Ui { get; set; }

    public string? Error { get; private set; }

    public string OtherLanguageQuery =>
        $"?ui={(UiLanguage == NewsroomLanguages.Arabic ? NewsroomLanguages.English : NewsroomLanguages.Arabic)}"
        + (string.IsNullOrEmpty(ReturnUrl) ? "" : "&returnUrl=" + Uri.EscapeDataString(ReturnUrl));

    public void OnGet() => Prepare();

    public async Task<IActionResult> OnPostAsync()
    {
        Prepare();
        if (!ModelState.IsValid)
        {
            Error = Text.FormInvalid;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var user = await users.FindByEmailAsync(Form.Email);
        if (user is null)
        {
            // Spend what checking a password costs, so the answer's timing does not tell which addresses have accounts.
            users.PasswordHasher.HashPassword(new NewsroomUser(), Form.Password);
            await audit.RecordAsync("sign-in.failed", null, null, new { email = Form.Email, reason = "unknown-address" }, HttpContext.RequestAborted, new AuditActor(null, Form.Email));
            return Refused(Text.SignInFailed);
        }

        var result = await signIn.PasswordSignInAsync(user, Form.Password, Form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync("sign-in", "user", UserIdOf(user), new { method = "password" }, HttpContext.RequestAborted, ActorOf(user));
            return LocalRedirect(SafeReturnUrl(Url, ReturnUrl));
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect($"{SignInTwoFactorModel.Path}?RememberMe={(Form.RememberMe ? "true" : "false")}"
                + (string.IsNullOrEmpty(ReturnUrl) ? "" : "&ReturnUrl=" + Uri.EscapeDataString(ReturnUrl)));
        }

        var reason = result.IsLockedOut ? "locked-out" : result.IsNotAllowed ? "not-allowed" : "password";
        await audit.RecordAsync("sign-in.failed", "user", UserIdOf(user), new { reason }, HttpContext.RequestAborted, ActorOf(user));
        return Refused(result.IsLockedOut ? Text.LockedOut : result.IsNotAllowed ? Text.NotAllowed : Text.SignInFailed);
    }

    internal static string UserIdOf(NewsroomUser user) => user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The user as an audit actor, before their cookie exists.</summary>
    internal static AuditActor ActorOf(NewsroomUser user) =>
        new(UserIdOf(user), string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName);

    /// <summary>Back to the newsroom page asked for, never off the site or outside the newsroom.</summary>
    public static string SafeReturnUrl(IUrlHelper url, string? returnUrl) =>
        url.IsLocalUrl(returnUrl) && returnUrl.StartsWith("/newsroom", StringComparison.Ordinal) ? returnUrl : "/newsroom";

    private PageResult Refused(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private void Prepare()
    {
        UiLanguage = Ui ?? PreferredLanguage();
        Title = Text.SignIn;
    }

    private string PreferredLanguage() =>
        Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value ?? "")
            .FirstOrDefault(v => v.StartsWith("ar", StringComparison.OrdinalIgnoreCase) || v.StartsWith("en", StringComparison.OrdinalIgnoreCase)) is { } v
            && v.StartsWith("ar", StringComparison.OrdinalIgnoreCase)
            ? NewsroomLanguages.Arabic
            : NewsroomLanguages.English;

    public sealed class SignInForm
    {
        [Required, EmailAddress, StringLength(256)]
        public string Email { get; set; } = "";

        [Required, StringLength(1024)]
        public string Password { get; set; } = "";

        public bool RememberMe { get; set; }
    }
}
