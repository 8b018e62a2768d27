namespace Dateline.BrowserTests.Infrastructure;

/// <summary>Every journey shares one site and one browser; starting them once keeps the suite quick on two cores.</summary>
[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site";
}
