namespace Dateline.Web.Features.Accounts;

/// <summary>
/// Authorization policy names for newsroom pages, form posts and API calls. Each accepts the newsroom cookie and an
/// API bearer token, and requires the role or any role above it (see <see cref="NewsroomRoles"/>).
/// </summary>
public static class NewsroomPolicies
{
    public const string Contributor = "Newsroom.Contributor";
    public const string Editor = "Newsroom.Editor";
    public const string Admin = "Newsroom.Admin";
}
