namespace Dateline.Web.Features.Accounts;

/// <summary>A line of <c>users list</c>: who, which role, and whether they can sign in now.</summary>
public sealed record AccountSummary(
    int Id, string Email, string Name, string Roles, bool IsDisabled, DateTimeOffset? LockedOutUntil, bool TwoFactorEnabled);
