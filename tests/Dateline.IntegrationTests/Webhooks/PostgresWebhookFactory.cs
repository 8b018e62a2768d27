using Dateline.Web.Infrastructure.Data;

namespace Dateline.IntegrationTests.Webhooks;

public sealed class PostgresWebhookFactory() : WebhookFactory(DatabaseProvider.Postgres);
