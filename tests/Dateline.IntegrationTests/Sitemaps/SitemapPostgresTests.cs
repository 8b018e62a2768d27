using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Sitemaps;

public sealed class SitemapPostgresTests(PostgresDatelineFactory factory) : SitemapTests(factory), IClassFixture<PostgresDatelineFactory>;
