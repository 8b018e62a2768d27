namespace Dateline.Web.Features.Audit;

/// <summary>Who an audit entry names: a user's id and name, a <c>system:…</c> actor, or no id (someone unknown).</summary>
public sealed record AuditActor(string? Id, string Name);
