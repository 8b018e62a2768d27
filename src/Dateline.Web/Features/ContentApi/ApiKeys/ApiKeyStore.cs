using System.Security.Cryptography;
using System.Text;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.ContentApi.ApiKeys;

/// <summary>Creates, lists, revokes and checks content API keys.</summary>
public sealed class ApiKeyStore(DatelineDbContext db, TimeProvider clock)
{
    /// <summary>Every key starts with this, so a leaked one is easy to recognise (secret scanners, logs).</summary>
    public const string KeyPrefix = "dlk_";

    public async Task<CreatedApiKey> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var key = KeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var row = new ApiKey
        {
            Name = name.Trim(),
            Prefix = key[..(KeyPrefix.Length + 6)],
            Hash = HashOf(key),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKey(row.Id, row.Name, key);
    }

    /// <summary>False when there is no such key; revoking a revoked key keeps its first revocation time.</summary>
    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var row = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (row is null)
        {
            return false;
        }

        row.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken) =>
        db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);

    /// <summary>The caller a presented key belongs to, or null when it is unknown or revoked.</summary>
    public async Task<ApiClient?> FindActiveAsync(string presented, CancellationToken cancellationToken)
    {
        if (presented.Length is < 10 or > 100 || !presented.StartsWith(KeyPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = HashOf(presented);
        return await db.ApiKeys.AsNoTracking()
            .Where(k => k.Hash == hash && k.RevokedAt == null)
            .Select(k => new ApiClient(k.Id, k.Name))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
