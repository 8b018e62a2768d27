using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.IntegrationTests.CdnPurge;

/// <summary>A site with the given CDN purge settings, whose purge sender runs only when a test calls it.</summary>
public sealed class CdnSiteFactory : DatelineFactory
{
    public CdnSiteFactory(DatabaseProvider provider, Dictionary<string, string?> settings) : base(provider)
    {
        Settings["CdnPurge:Dispatch"] = "false";
        foreach (var (key, value) in settings)
        {
            Settings[key] = value;
        }
    }
}
