namespace Dateline.Web.Features.Accounts;

/// <summary>Authentication scheme names of the newsroom.</summary>
public static class NewsroomAuthentication
{
    /// <summary>
    /// The scheme the newsroom's policies name: it forwards to <see cref="BearerScheme"/> when the request carries
    /// <c>Authorization: Bearer …</c>, and to Identity's cookie otherwise.
    /// </summary>
    public const string Scheme = "Newsroom";

    /// <summary>API tokens (<c>Authorization: Bearer dl_…</c>).</summary>
    public const string BearerScheme = "NewsroomToken";
}
