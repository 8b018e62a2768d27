using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.MostRead;

public sealed class MostReadPostgresTests : MostReadTests
{
    protected override DatelineFactory CreateSite() => new PostgresDatelineFactory();
}
