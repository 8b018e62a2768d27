using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.IntegrationTests.Webhooks;

/// <summary>
/// A site whose webhook sender does not run by itself (tests call <c>RunOnceAsync</c>), with retries a test can wait for.
/// </summary>
public class WebhookFactory : DatelineFactory
{
    public const int MaxAttempts = 4;

    public WebhookFactory() : this(DatabaseProvider.Sqlite)
    {
    }

    protected WebhookFactory(DatabaseProvider provider) : base(provider)
    {
        Settings["Webhooks:Dispatch"] = "false";
        Settings["Webhooks:FirstRetryDelay"] = "00:00:00.200";
        Settings["Webhooks:MaxRetryDelay"] = "00:00:02";
        Settings["Webhooks:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["Webhooks:Timeout"] = "00:00:05";
    }
}
