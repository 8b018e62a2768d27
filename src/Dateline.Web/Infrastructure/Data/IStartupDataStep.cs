namespace Dateline.Web.Infrastructure.Data;

/// <summary>Work run once after migrations on start (demo content, default editions). Must be idempotent.</summary>
public interface IStartupDataStep
{
    int Order { get; }

    Task RunAsync(DatelineDbContext db, CancellationToken cancellationToken);
}
