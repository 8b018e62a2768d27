namespace Dateline.Web.Features.ContentApi.ApiKeys;

/// <summary>
/// A partner's key to the content API. Only a SHA-256 hash of the key is stored: the key itself is shown once, when it
/// is created. The keys are 256 random bits, so a fast hash is enough; nobody can guess one to match a stolen hash.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>The key's first characters, shown in lists so an admin can tell keys apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>Lower-case hex SHA-256 of the whole key.</summary>
    public required string Hash { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; a revoked key is refused from then on.</summary>
    public DateTime? RevokedAt { get; set; }
}
