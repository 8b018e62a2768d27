using Dateline.Web.Infrastructure.Data;

namespace Dateline.IntegrationTests.Media;

public sealed class PostgresMediaFactory() : MediaFactory(DatabaseProvider.Postgres);
