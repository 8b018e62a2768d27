namespace Dateline.IntegrationTests.CdnPurge;

/// <param name="Path">The request target as sent (not unescaped).</param>
public sealed record PurgeCall(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, bool Failed)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
