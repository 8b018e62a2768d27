using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Accounts.Admin;

/// <summary>The newsroom's users, for Admins.</summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public sealed class UsersModel(DatelineDbContext db) : NewsroomPageModel
{
    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = Text.Users;
        var users = await db.Users.AsNoTracking()
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsDisabled, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        Users = [.. users.Select(u => new UserRow(
            u.Id,
            u.Email ?? "",
            u.DisplayName,
            string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
            u.IsDisabled))];
    }

    public sealed record UserRow(int Id, string Email, string Name, string Roles, bool IsDisabled);
}
