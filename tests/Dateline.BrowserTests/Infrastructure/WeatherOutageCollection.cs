namespace Dateline.BrowserTests.Infrastructure;

/// <summary>Journeys on the site whose weather service is down.</summary>
[CollectionDefinition(Name)]
public sealed class WeatherOutageCollection : ICollectionFixture<WeatherOutageFixture>
{
    public const string Name = "Weather outage";
}
