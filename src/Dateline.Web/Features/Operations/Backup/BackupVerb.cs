using System.CommandLine;
using Dateline.Web.Infrastructure.Cli;

namespace Dateline.Web.Features.Operations.Backup;

/// <summary>
/// <c>backup create --to FILE</c> and <c>backup restore --from FILE [--force]</c>: the SQLite database (copied online
/// with SQLite's backup API, so the site keeps serving) and the media folder, in one .tar.gz. PostgreSQL is backed up
/// with pg_dump and pg_restore plus the media folder (docs/operations.md).
/// </summary>
internal sealed class BackupVerb : ICliVerb
{
    public string Name => "backup";

    public Command CreateCommand(IServiceProvider services)
    {
        var to = new Option<FileInfo>("--to") { Description = "The archive to write (.tar.gz)", Required = true };
        var create = new Command("create", "Copy the database and the media folder into one archive while the site serves") { to };
        create.SetAction((result, cancellationToken) =>
            SiteBackup.CreateAsync(services, result.GetRequiredValue(to), Console.Out, cancellationToken));

        var from = new Option<FileInfo>("--from") { Description = "The archive to restore", Required = true };
        var force = new Option<bool>("--force") { Description = "Replace a database that already has tables, and the media folder" };
        var restore = new Command("restore", "Put a backup's database and media in place; stop the site first") { from, force };
        restore.SetAction((result, cancellationToken) =>
            SiteBackup.RestoreAsync(services, result.GetRequiredValue(from), result.GetValue(force), Console.Out, cancellationToken));

        return new Command(Name, "Back up or restore the site's database and media") { create, restore };
    }
}
