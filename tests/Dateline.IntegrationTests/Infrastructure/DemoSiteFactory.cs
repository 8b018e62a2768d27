namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>The site as a newcomer sees it on first start: demo content seeded, SQLite.</summary>
public sealed class DemoSiteFactory : DatelineFactory
{
    public DemoSiteFactory()
    {
        SeedDemoContent = true;
    }
}
