using System.Formats.Tar;
using System.IO.Compression;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Operations.Backup;

/// <summary>
/// One archive holds <c>dateline.db</c> (an SQLite backup-API copy: consistent, taken while the site writes) and
/// <c>media/…</c> (originals and renditions). Media files are written by rename, so each file copied is whole; a file
/// added after the database copy was taken is harmless (nothing refers to it yet).
/// </summary>
internal static class SiteBackup
{
    public const string DatabaseEntry = "dateline.db";
    public const string MediaPrefix = "media/";

    public static async Task<int> CreateAsync(IServiceProvider services, FileInfo archive, TextWriter progress, CancellationToken cancellationToken)
    {
        var (database, mediaRoot) = Locate(services);
        if (database is null)
        {
            await progress.WriteLineAsync("backup create handles SQLite; for PostgreSQL use pg_dump and copy the media folder (docs/operations.md).");
            return 2;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"dateline-backup-{Guid.NewGuid():N}.db");
        try
        {
            await using (var source = new SqliteConnection(database))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copy, Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
            }

            await progress.WriteLineAsync($"database: copied {new FileInfo(copy).Length / 1024.0 / 1024:0.0} MB");
            var media = Directory.Exists(mediaRoot)
                ? Directory.EnumerateFiles(mediaRoot, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".tmp", StringComparison.Ordinal)).ToList()
                : [];

            archive.Directory?.Create();
            var partial = archive.FullName + ".partial";
            await using (var file = File.Create(partial))
            await using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax))
            {
                await tar.WriteEntryAsync(copy, DatabaseEntry, cancellationToken);
                for (var i = 0; i < media.Count; i++)
                {
                    try
                    {
                        await tar.WriteEntryAsync(media[i], MediaPrefix + Path.GetRelativePath(mediaRoot, media[i]).Replace('\\', '/'), cancellationToken);
                    }
                    catch (FileNotFoundException)
                    {
                        // Deleted since the listing (a replaced rendition): not part of any state worth restoring.
                    }

                    if ((i + 1) % 100 == 0 || i + 1 == media.Count)
                    {
                        await progress.WriteLineAsync($"media: {i + 1}/{media.Count} files");
                    }
                }
            }

            // Renamed only when complete, so a backup interrupted half-way never looks like one.
            File.Move(partial, archive.FullName, overwrite: true);
            await progress.WriteLineAsync($"backup written to {archive.FullName} ({archive.Length / 1024.0 / 1024:0.0} MB)");
            return 0;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    public static async Task<int> RestoreAsync(IServiceProvider services, FileInfo archive, bool force, TextWriter progress, CancellationToken cancellationToken)
    {
        if (!archive.Exists)
        {
            await progress.WriteLineAsync($"{archive.FullName} does not exist.");
            return 1;
        }

        var (database, mediaRoot) = Locate(services);
        if (database is null)
        {
            await progress.WriteLineAsync("backup restore handles SQLite; for PostgreSQL use pg_restore and copy the media folder back (docs/operations.md).");
            return 2;
        }

        if (!force && (HasTables(database) || (Directory.Exists(mediaRoot) && Directory.EnumerateFileSystemEntries(mediaRoot).Any())))
        {
            await progress.WriteLineAsync("The database or the media folder is not empty; pass --force to replace them.");
            return 1;
        }

        var staged = Path.Combine(Path.GetTempPath(), $"dateline-restore-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staged);
        try
        {
            await using (var file = archive.OpenRead())
            await using (var gzip = new GZipStream(file, CompressionMode.Decompress))
            {
                await TarFile.ExtractToDirectoryAsync(gzip, staged, overwriteFiles: false, cancellationToken);
            }

            var stagedDatabase = Path.Combine(staged, DatabaseEntry);
            if (!File.Exists(stagedDatabase))
            {
                await progress.WriteLineAsync($"{archive.FullName} holds no {DatabaseEntry}; is it a Dateline backup?");
                return 1;
            }

            // The backup API writes the whole database over the target's pages, WAL included, in one step.
            SqliteConnection.ClearAllPools();
            await using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = stagedDatabase, Pooling = false }.ToString()))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder(database) { Pooling = false }.ToString()))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
            }

            await progress.WriteLineAsync($"database: restored into {new SqliteConnectionStringBuilder(database).DataSource}");

            if (Directory.Exists(mediaRoot))
            {
                Directory.Delete(mediaRoot, recursive: true);
            }

            var stagedMedia = Path.Combine(staged, MediaPrefix.TrimEnd('/'));
            if (Directory.Exists(stagedMedia))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(mediaRoot))!);
                Directory.Move(stagedMedia, mediaRoot);
            }
            else
            {
                Directory.CreateDirectory(mediaRoot);
            }

            await progress.WriteLineAsync($"media: restored into {mediaRoot}");
            return 0;
        }
        finally
        {
            Directory.Delete(staged, recursive: true);
        }
    }

    /// <summary>The SQLite connection string (null on PostgreSQL) and the local media folder, read without migrating.</summary>
    private static (string? SqliteConnectionString, string MediaRoot) Locate(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var storage = services.GetRequiredService<IMediaStorage>() as LocalMediaStorage
            ?? throw new InvalidOperationException("backup handles media in a local folder (LocalMediaStorage) only.");
        return (db.Database.IsSqlite() ? db.Database.GetConnectionString() : null, storage.Root);
    }

    private static bool HasTables(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = false, Mode = SqliteOpenMode.ReadOnly };
        if (!File.Exists(builder.DataSource))
        {
            return false;
        }

        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }
}
