namespace Dateline.IntegrationTests.Webhooks;

public sealed class WebhookSqliteTests(WebhookFactory factory) : WebhookTests(factory), IClassFixture<WebhookFactory>;
