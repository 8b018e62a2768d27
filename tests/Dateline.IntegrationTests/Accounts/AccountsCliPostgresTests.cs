using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Accounts;

public sealed class AccountsCliPostgresTests(PostgresDatelineFactory factory) : AccountsCliTests(factory), IClassFixture<PostgresDatelineFactory>;
