using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.ContentApi;

/// <summary>A site whose content API needs a key, with a tiny allowance per key so the limit is reachable.</summary>
public sealed class KeyRequiredFactory : DatelineFactory
{
    public const int PermitsPerKey = 3;

    public KeyRequiredFactory()
    {
        Settings["ContentApi:AllowAnonymous"] = "false";
        Settings["ContentApi:PermitsPerKey"] = PermitsPerKey.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Settings["ContentApi:RateLimitWindow"] = "00:10:00";
    }
}
