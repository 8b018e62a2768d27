namespace Dateline.Web.Features.Accounts;

/// <summary>
/// An API token of a newsroom user, for <c>Authorization: Bearer …</c>. Only the SHA-256 of the token is stored; the
/// token itself is shown once, when it is created.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public int UserId { get; set; }

    public NewsroomUser User { get; set; } = null!;

    /// <summary>The owner's label for it ("migration script", "mobile app").</summary>
    public string Name { get; set; } = "";

    /// <summary>SHA-256 of the whole token, as lowercase hex.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The token's first characters, so its owner can tell tokens apart in a list.</summary>
    public string Hint { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
