namespace Dateline.IntegrationTests.Feeds;

/// <summary>One problem <see cref="FeedRules"/> found, named as feedvalidator names it (e.g. <c>MissingSelf</c>).</summary>
public sealed record FeedFinding(string Rule, bool IsError, string Where)
{
    public override string ToString() => $"{(IsError ? "error" : "warning")} {Rule} at {Where}";
}
