namespace Dateline.IntegrationTests.Site;

/// <summary>What the page that linked an address expects to find there.</summary>
public enum LinkKind
{
    Page,
    Stylesheet,
    Script,
    Image,
    Any,
}
