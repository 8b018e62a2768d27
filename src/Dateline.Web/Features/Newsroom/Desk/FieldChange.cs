namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>One story field in two versions, as text an editor reads (names, not ids), with its word differences.</summary>
public sealed record FieldChange(string Key, string Label, string Before, string After, IReadOnlyList<DiffRun> Runs)
{
    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);
}
