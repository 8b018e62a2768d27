using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Accounts;

/// <summary>Creates the newsroom's roles that are missing; idempotent, so every start and every node may run it.</summary>
internal sealed class NewsroomRoleSeeder : IStartupDataStep
{
    public int Order => 10;

    public async Task RunAsync(DatelineDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        foreach (var role in NewsroomRoles.All.Except(existing, StringComparer.Ordinal))
        {
            db.Roles.Add(new IdentityRole<int>(role)
            {
                NormalizedName = role.ToUpperInvariant(),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
