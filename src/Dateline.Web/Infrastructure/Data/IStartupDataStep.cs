namespace Dateline.Web.Infrastructure.Data;

/// <summary>
/// Work run after migrations on every start (demo content, default editions). Must be idempotent: the steps run inside
/// one transaction that nodes starting together take in turn, so a later node finds the first one's work.
/// </summary>
public interface IStartupDataStep
{
    int Order { get; }

    Task RunAsync(DatelineDbContext db, CancellationToken cancellationToken);
}
