namespace Dateline.IntegrationTests.Articles.Publishing;

public sealed class OutboxPruningPostgresTests(PostgresOutboxPruningFactory factory) : OutboxPruningTests(factory), IClassFixture<PostgresOutboxPruningFactory>;
