using Dateline.Web.Infrastructure.Data;

namespace Dateline.IntegrationTests.Articles.Publishing;

public sealed class PostgresOutboxPruningFactory() : OutboxPruningFactory(DatabaseProvider.Postgres);
