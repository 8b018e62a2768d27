namespace Dateline.IntegrationTests.Webhooks;

public sealed class WebhookPostgresTests(PostgresWebhookFactory factory) : WebhookTests(factory), IClassFixture<PostgresWebhookFactory>;
