using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Sitemaps;

public sealed class SitemapSqliteTests(DatelineFactory factory) : SitemapTests(factory), IClassFixture<DatelineFactory>;
