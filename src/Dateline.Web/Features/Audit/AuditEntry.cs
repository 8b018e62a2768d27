namespace Dateline.Web.Features.Audit;

/// <summary>
/// One line of the audit log: who did what to which thing, when, and from which network. Never a password, code,
/// token or key: <see cref="Detail"/> is a short JSON object of names and ids.
/// </summary>
public sealed class AuditEntry
{
    public const int DetailLength = 1000;

    /// <summary>Grows with time; the log's keyset cursor.</summary>
    public long Id { get; set; }

    public DateTime At { get; set; }

    /// <summary>The user's id, <c>system:…</c> for the scheduler or the command line, or null (a sign-in by an unknown address).</summary>
    public string? ActorId { get; set; }

    /// <summary>The actor's name when it happened (names change; the log keeps what it was).</summary>
    public string ActorName { get; set; } = "";

    /// <summary>Dotted and lower case: <c>story.publish</c>, <c>sign-in.failed</c>, <c>user.role</c>…</summary>
    public string Action { get; set; } = "";

    /// <summary><c>story</c>, <c>user</c>, <c>token</c>, or null.</summary>
    public string? TargetType { get; set; }

    public string? TargetId { get; set; }

    public string? Detail { get; set; }

    /// <summary>The client's network, truncated (IPv4 /24, IPv6 /48) so the log places an action without naming a device.</summary>
    public string? ClientNetwork { get; set; }
}
