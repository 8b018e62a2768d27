namespace Dateline.Web.Features.Accounts;

/// <summary>Claims Dateline adds to a newsroom user's cookie, so the shell renders without reading the user row.</summary>
public static class NewsroomClaims
{
    public const string DisplayName = "dateline:name";
    public const string UiLanguage = "dateline:ui-language";

    /// <summary>Present when the user has two-factor sign-in on; the Admin enrolment gate reads it.</summary>
    public const string TwoFactor = "dateline:2fa";
}
