using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Newsroom.Desk;

public sealed class DashboardSearchPostgresTests(PostgresDatelineFactory factory) : DashboardSearchTests(factory), IClassFixture<PostgresDatelineFactory>;
