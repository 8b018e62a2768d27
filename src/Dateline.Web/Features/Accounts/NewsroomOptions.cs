namespace Dateline.Web.Features.Accounts;

/// <summary>Newsroom sign-in settings, bound from the <c>Newsroom</c> configuration section.</summary>
public sealed class NewsroomOptions
{
    public const string SectionName = "Newsroom";

    /// <summary>Admins must set up an authenticator app (TOTP) before they can use the newsroom.</summary>
    public bool RequireTwoFactorForAdmins { get; set; }
}
