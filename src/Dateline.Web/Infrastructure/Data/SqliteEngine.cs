using SQLitePCL;

namespace Dateline.Web.Infrastructure.Data;

/// <summary>
/// Process-wide SQLite settings. They only take effect before the first connection of the process opens (SQLite
/// refuses them afterwards, which is harmless: a second host in the same process finds them already applied).
/// </summary>
public static class SqliteEngine
{
    private static int _configured;

    public static void Configure()
    {
        if (Interlocked.Exchange(ref _configured, 1) == 1)
        {
            return;
        }

        Batteries_V2.Init();

        // SQLite's allocation statistics take one process-wide mutex on every malloc and free. With many requests
        // reading at once, that mutex was the most contended lock in the uncached article profile (bench/profile.sh).
        // Nothing in Dateline reads those statistics.
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
