using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.MostRead;

public sealed class MostReadSqliteTests : MostReadTests
{
    protected override DatelineFactory CreateSite() => new();
}
