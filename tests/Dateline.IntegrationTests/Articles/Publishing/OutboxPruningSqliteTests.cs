namespace Dateline.IntegrationTests.Articles.Publishing;

public sealed class OutboxPruningSqliteTests(OutboxPruningFactory factory) : OutboxPruningTests(factory), IClassFixture<OutboxPruningFactory>;
