using Dateline.Web.Infrastructure.Data;

namespace Dateline.IntegrationTests.Infrastructure;

public sealed class PostgresDatelineFactory() : DatelineFactory(DatabaseProvider.Postgres);
