using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Taxonomy;

public sealed class TaxonomyAdminSqliteTests(DatelineFactory factory) : TaxonomyAdminTests(factory), IClassFixture<DatelineFactory>;
