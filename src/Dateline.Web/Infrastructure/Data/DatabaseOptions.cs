namespace Dateline.Web.Infrastructure.Data;

/// <summary>Which database to use, bound from the <c>Database</c> section; the connection string is <c>ConnectionStrings:Dateline</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations on start. Turn off where a deploy step migrates instead.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
