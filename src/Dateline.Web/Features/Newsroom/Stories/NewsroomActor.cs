using System.Security.Claims;
using Dateline.Web.Features.Accounts;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>Who is acting on a story, with their strongest newsroom role. Services decide what the role allows.</summary>
public sealed record NewsroomActor(string UserId, string Name, string Role)
{
    /// <summary>The scheduler, publishing what an Editor scheduled.</summary>
    public static readonly NewsroomActor Scheduler = new("system:scheduler", "Scheduler", NewsroomRoles.Editor);

    public bool IsEditor => Role is NewsroomRoles.Editor or NewsroomRoles.Admin;

    public bool IsAdmin => Role == NewsroomRoles.Admin;

    /// <summary>The signed-in user (cookie or bearer token), or null when they hold no newsroom role.</summary>
    public static NewsroomActor? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var role = user.IsInRole(NewsroomRoles.Admin) ? NewsroomRoles.Admin
            : user.IsInRole(NewsroomRoles.Editor) ? NewsroomRoles.Editor
            : user.IsInRole(NewsroomRoles.Contributor) ? NewsroomRoles.Contributor
            : null;
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (role is null || string.IsNullOrEmpty(id))
        {
            return null;
        }

        // The display name the user chose, which revision lists and bylines of saves show; the address otherwise.
        var name = user.FindFirstValue(NewsroomClaims.DisplayName) is { Length: > 0 } display ? display
            : user.FindFirstValue(ClaimTypes.Name) ?? user.FindFirstValue(ClaimTypes.Email) ?? id;
        return new NewsroomActor(id, name, role);
    }
}
