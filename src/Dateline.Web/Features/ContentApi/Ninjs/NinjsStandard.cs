namespace Dateline.Web.Features.ContentApi.Ninjs;

public sealed record NinjsStandard(string Name, string Version, string Schema)
{
    /// <summary>The version Dateline emits and tests against (tests/Reference/iptc/ninjs-schema_3.1.json).</summary>
    public static NinjsStandard Current { get; } = new("ninjs", "3.1", "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#");
}
