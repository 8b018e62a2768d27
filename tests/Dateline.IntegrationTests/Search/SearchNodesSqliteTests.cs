using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Search;

public sealed class SearchNodesSqliteTests : SearchNodesTests
{
    protected override DatelineFactory CreateSite() => new SearchFactory();
}
