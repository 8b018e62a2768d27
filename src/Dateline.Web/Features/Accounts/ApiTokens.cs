using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dateline.Web.Features.Audit;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

/// <summary>Creates, finds and revokes API tokens. A token is <c>dl_</c> and 32 random bytes; only its SHA-256 is kept.</summary>
public sealed class ApiTokens(
    DatelineDbContext db, AuditLog audit, TimeProvider clock, UserManager<NewsroomUser> users, IOptionsMonitor<NewsroomOptions> options)
{
    /// <summary>Marks Dateline's tokens, so that secret scanners and people recognise one that leaked.</summary>
    public const string Prefix = "dl_";

    /// <summary>Creates a token for the user and returns it in clear: the only time anyone sees it.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateAsync(int userId, string name, CancellationToken cancellationToken)
    {
        var secret = Prefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            Hash = HashOf(secret),
            Hint = secret[..(Prefix.Length + 4)],
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiTokens.Add(token);
        audit.Stage("token.create", "user", userId.ToString(CultureInfo.InvariantCulture), new { name = token.Name, hint = token.Hint });
        await db.SaveChangesAsync(cancellationToken);
        return (token, secret);
    }

    /// <summary>
    /// Why no token may be made for this user now, or null: with <see cref="NewsroomOptions.RequireTwoFactorForAdmins"/>
    /// on, an Admin without two-factor sign-in gets none (<see cref="AdminTwoFactorGate"/> would refuse it anyway).
    /// </summary>
    public async Task<string?> RefusalForAsync(NewsroomUser user) =>
        options.CurrentValue.RequireTwoFactorForAdmins && !user.TwoFactorEnabled && await users.IsInRoleAsync(user, NewsroomRoles.Admin)
            ? AdminTwoFactorGate.TokenRefused
            : null;

    /// <summary>The live token with this secret and its user, or null for an unknown or revoked one.</summary>
    public Task<ApiToken?> FindAsync(string secret, CancellationToken cancellationToken)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return Task.FromResult<ApiToken?>(null);
        }

        var hash = HashOf(secret);
        return db.ApiTokens.Include(t => t.User)
            .FirstOrDefaultAsync(t => t.Hash == hash && t.RevokedAt == null, cancellationToken);
    }

    /// <summary>Revokes the user's token; false when the user has no such live token.</summary>
    public Task<bool> RevokeAsync(int userId, int tokenId, CancellationToken cancellationToken) =>
        RevokeAsync(db.ApiTokens.Where(t => t.Id == tokenId && t.UserId == userId), cancellationToken);

    /// <summary>Revokes a token whoever owns it (an administrator on the server); false when there is no such live token.</summary>
    public Task<bool> RevokeAsync(int tokenId, CancellationToken cancellationToken) =>
        RevokeAsync(db.ApiTokens.Where(t => t.Id == tokenId), cancellationToken);

    private async Task<bool> RevokeAsync(IQueryable<ApiToken> tokens, CancellationToken cancellationToken)
    {
        var token = await tokens.FirstOrDefaultAsync(t => t.RevokedAt == null, cancellationToken);
        if (token is null)
        {
            return false;
        }

        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Stage("token.revoke", "token", token.Id.ToString(CultureInfo.InvariantCulture), new { name = token.Name, hint = token.Hint, user = token.UserId });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Records when a token was last used, at most every five minutes, so a busy script costs no write per request.</summary>
    public async Task NoteUseAsync(ApiToken token, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (token.LastUsedAt is { } last && now - last < TimeSpan.FromMinutes(5))
        {
            return;
        }

        token.LastUsedAt = now;
        await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), cancellationToken);
    }

    public Task<List<ApiToken>> ListAsync(int userId, CancellationToken cancellationToken) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).OrderByDescending(t => t.Id).ToListAsync(cancellationToken);

    // The token carries 256 random bits, so an unsalted fast hash is enough: there is nothing to guess.
    internal static string HashOf(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
