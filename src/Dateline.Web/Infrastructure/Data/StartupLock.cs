namespace Dateline.Web.Infrastructure.Data;

/// <summary>
/// A row that nodes lock while they run the startup data steps, so that nodes starting together on one database
/// take turns instead of seeding the same rows twice. Its columns only say who last held it, for whoever looks.
/// </summary>
public sealed class StartupLock
{
    /// <summary>The one row the migrations create.</summary>
    public const string StartupData = "startup-data";

    public required string Name { get; set; }

    public string? HeldBy { get; set; }

    public DateTime? HeldAt { get; set; }
}
