using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Site;

public sealed class PageContractSqliteTests(DatelineFactory factory) : PageContractTests(factory), IClassFixture<DatelineFactory>;
