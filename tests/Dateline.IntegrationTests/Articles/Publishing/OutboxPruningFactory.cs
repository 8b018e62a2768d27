using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.IntegrationTests.Articles.Publishing;

/// <summary>A site whose pruning and webhook sender do not run by themselves, pruning two rows per batch.</summary>
public class OutboxPruningFactory : DatelineFactory
{
    public const int BatchSize = 2;

    public OutboxPruningFactory() : this(DatabaseProvider.Sqlite)
    {
    }

    protected OutboxPruningFactory(DatabaseProvider provider) : base(provider)
    {
        Settings["OutboxPruning:Enabled"] = "false";
        Settings["OutboxPruning:BatchSize"] = BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Webhooks:Dispatch"] = "false";
    }
}
