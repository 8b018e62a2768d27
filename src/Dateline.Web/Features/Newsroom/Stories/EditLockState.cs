namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// The answer to opening, beating or taking over a story's edit lock. <see cref="Held"/> is true when the asking user
/// holds it; otherwise <see cref="HolderName"/> and <see cref="Since"/> say who does and since when.
/// </summary>
public sealed record EditLockState(bool Held, string? HolderId, string? HolderName, DateTime? Since, bool TakenOver);
