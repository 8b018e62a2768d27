using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Site;

public sealed class PageContractPostgresTests(PostgresDatelineFactory factory) : PageContractTests(factory), IClassFixture<PostgresDatelineFactory>;
