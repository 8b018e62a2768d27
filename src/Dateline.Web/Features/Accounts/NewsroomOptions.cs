namespace Dateline.Web.Features.Accounts;

/// <summary>Newsroom sign-in settings, bound from the <c>Newsroom</c> configuration section.</summary>
public sealed class NewsroomOptions
{
    public const string SectionName = "Newsroom";

    /// <summary>Admins must set up an authenticator app (TOTP) before they can use the newsroom.</summary>
    public bool RequireTwoFactorForAdmins { get; set; }

    /// <summary>
    /// Sign-in attempts (form posts, password or two-factor code) one client address may make per
    /// <see cref="SignInWindow"/>; past it, 429 with Retry-After. Generous, as a whole newsroom may share one address:
    /// guessing one account's password is stopped by its lockout, this stops spraying many accounts.
    /// </summary>
    public int SignInPermitLimit { get; set; } = 20;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often a session cookie is checked against its user (disabled, password reset, "sign out everywhere", role
    /// change): the longest a session outlives such a change.
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromMinutes(1);
}
