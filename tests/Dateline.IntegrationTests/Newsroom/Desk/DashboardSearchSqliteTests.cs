using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Newsroom.Desk;

public sealed class DashboardSearchSqliteTests(DatelineFactory factory) : DashboardSearchTests(factory), IClassFixture<DatelineFactory>;
