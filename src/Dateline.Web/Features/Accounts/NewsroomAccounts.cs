using System.Globalization;
using Dateline.Web.Features.Audit;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Accounts;

/// <summary>
/// What an administrator does to newsroom accounts: create, change role, reset a password, disable, enable. The
/// <c>users</c> verb calls it; each change either happens whole or is refused with one line that says why.
/// </summary>
public sealed class NewsroomAccounts(UserManager<NewsroomUser> users, DatelineDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>The role named on a command line (<c>admin</c>, <c>editor</c>, <c>contributor</c>, any case), or null.</summary>
    public static string? RoleNamed(string? name) =>
        NewsroomRoles.All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public Task<NewsroomUser?> FindAsync(string email) => users.FindByEmailAsync(email.Trim());

    /// <summary>Creates the user in the role; null on success, else why not (a taken address, a refused password…).</summary>
    public async Task<string?> CreateAsync(string email, string role, string? displayName, string password, CancellationToken cancellationToken)
    {
        email = email.Trim();
        if (displayName?.Trim().Length > 200)
        {
            return "The name is longer than 200 characters.";
        }

        var user = new NewsroomUser
        {
            UserName = email,
            Email = email,
            // The administrator vouches for the address; Dateline sends no confirmation mail.
            EmailConfirmed = true,
            DisplayName = displayName?.Trim() ?? "",
            UiLanguage = NewsroomLanguages.English,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };

        // One transaction, so a user is never left without a role when adding the role fails.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (Problem(await users.CreateAsync(user, password)) is { } refused)
        {
            return refused;
        }

        if (Problem(await users.AddToRoleAsync(user, role)) is { } noRole)
        {
            return noRole;
        }

        await audit.RecordAsync("user.create", "user", IdOf(user), new { email, role }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>Gives the user exactly this role. Takes effect at their next request (cookies re-read roles within a minute).</summary>
    public async Task<string?> SetRoleAsync(NewsroomUser user, string role, CancellationToken cancellationToken)
    {
        if (role != NewsroomRoles.Admin && await IsLastActiveAdminAsync(user, cancellationToken))
        {
            return $"{user.Email} is the last active Admin; make another Admin first.";
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var current = await users.GetRolesAsync(user);
        if (current.Count > 0 && Problem(await users.RemoveFromRolesAsync(user, current)) is { } notRemoved)
        {
            return notRemoved;
        }

        if (Problem(await users.AddToRoleAsync(user, role)) is { } notAdded)
        {
            return notAdded;
        }

        await audit.RecordAsync("user.role", "user", IdOf(user), new { from = string.Join(",", current), to = role }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Sets a new password (checked by the policy), lifts a lockout, and changes the security stamp, so every session
    /// signed in with the old password ends.
    /// </summary>
    public async Task<string?> ResetPasswordAsync(NewsroomUser user, string password, CancellationToken cancellationToken)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        if (Problem(await users.ResetPasswordAsync(user, token, password)) is { } refused)
        {
            return refused;
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync("user.password-reset", "user", IdOf(user), null, cancellationToken);
        return null;
    }

    /// <summary>
    /// A disabled user cannot sign in; their sessions end at their next request's stamp check and their API tokens at once.
    /// </summary>
    public async Task<string?> DisableAsync(NewsroomUser user, CancellationToken cancellationToken)
    {
        if (await IsLastActiveAdminAsync(user, cancellationToken))
        {
            return $"{user.Email} is the last active Admin; make another Admin first.";
        }

        user.IsDisabled = true;
        return await AuditedAsync(await users.UpdateSecurityStampAsync(user), "user.disable", user, cancellationToken);
    }

    public async Task<string?> EnableAsync(NewsroomUser user, CancellationToken cancellationToken)
    {
        user.IsDisabled = false;
        return await AuditedAsync(await users.UpdateAsync(user), "user.enable", user, cancellationToken);
    }

    /// <summary>
    /// Turns two-factor sign-in off for a user who lost their phone and recovery codes: a new key (the old one and its
    /// codes are void) and a new security stamp, so their sessions end; they sign in with the password and may enrol again.
    /// </summary>
    public async Task<string?> ResetTwoFactorAsync(NewsroomUser user)
    {
        if (Problem(await users.SetTwoFactorEnabledAsync(user, false)) is { } notOff)
        {
            return notOff;
        }

        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        return await AuditedAsync(await users.ResetAuthenticatorKeyAsync(user), "user.two-factor-reset", user, CancellationToken.None);
    }

    /// <summary>Every user with their role, ordered by address.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.NormalizedEmail)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.IsDisabled, u.LockoutEnd, u.TwoFactorEnabled })
            .ToListAsync(cancellationToken);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows.Select(u => new AccountSummary(
            u.Id,
            u.Email ?? "",
            u.DisplayName,
            string.Join(",", roles.Where(r => r.UserId == u.Id).Select(r => r.Name).Order(StringComparer.Ordinal)),
            u.IsDisabled,
            u.LockoutEnd > now ? u.LockoutEnd : null,
            u.TwoFactorEnabled))];
    }

    /// <summary>Whether taking the Admin role from this user, or disabling them, would leave no active Admin.</summary>
    public async Task<bool> IsLastActiveAdminAsync(NewsroomUser user, CancellationToken cancellationToken)
    {
        if (user.IsDisabled || !await users.IsInRoleAsync(user, NewsroomRoles.Admin))
        {
            return false;
        }

        var admins = await users.GetUsersInRoleAsync(NewsroomRoles.Admin);
        cancellationToken.ThrowIfCancellationRequested();
        return !admins.Any(a => a.Id != user.Id && !a.IsDisabled);
    }

    private async Task<string?> AuditedAsync(IdentityResult result, string action, NewsroomUser user, CancellationToken cancellationToken)
    {
        if (Problem(result) is { } refused)
        {
            return refused;
        }

        await audit.RecordAsync(action, "user", IdOf(user), new { email = user.Email }, cancellationToken);
        return null;
    }

    private static string IdOf(NewsroomUser user) => user.Id.ToString(CultureInfo.InvariantCulture);

    private static string? Problem(IdentityResult result) =>
        result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
}
