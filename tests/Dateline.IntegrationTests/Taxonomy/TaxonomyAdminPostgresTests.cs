using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Taxonomy;

public sealed class TaxonomyAdminPostgresTests(PostgresDatelineFactory factory) : TaxonomyAdminTests(factory), IClassFixture<PostgresDatelineFactory>;
