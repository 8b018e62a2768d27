namespace Dateline.BrowserTests.Infrastructure;

/// <summary>A second site whose weather service refuses every request from its first start.</summary>
public sealed class WeatherOutageFixture : SiteFixture
{
    protected override bool WeatherReachable => false;
}
