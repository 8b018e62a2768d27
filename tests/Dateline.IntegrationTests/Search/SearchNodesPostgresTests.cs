using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Search;

public sealed class SearchNodesPostgresTests : SearchNodesTests
{
    protected override DatelineFactory CreateSite()
    {
        var site = new PostgresDatelineFactory();
        site.Settings["Search:RateLimitPermits"] = "100000";
        return site;
    }
}
