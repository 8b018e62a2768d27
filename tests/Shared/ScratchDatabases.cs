using Npgsql;

namespace Dateline.Testing;

/// <summary>
/// Throwaway PostgreSQL databases made for one test host or benchmark run: linked into the integration tests and the
/// benchmarks, which both start the app on a database of their own and remove it afterwards.
/// </summary>
internal static class ScratchDatabases
{
    /// <summary>Drops the database, closing whatever connections still use it (the app's pools included).</summary>
    public static async Task DropAsync(string adminConnectionString, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        await command.ExecuteNonQueryAsync();
    }
}
