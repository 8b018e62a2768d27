using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Search;

/// <summary>A site whose search limit is out of the way of tests that search many times.</summary>
public sealed class SearchFactory : DatelineFactory
{
    public SearchFactory()
    {
        Settings["Search:RateLimitPermits"] = "100000";
    }
}
