using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Accounts;

public sealed class AccountsCliSqliteTests(DatelineFactory factory) : AccountsCliTests(factory), IClassFixture<DatelineFactory>;
