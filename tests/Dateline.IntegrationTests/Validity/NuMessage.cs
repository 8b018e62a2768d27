using System.Text.Json;

namespace Dateline.IntegrationTests.Validity;

/// <summary>One message of the Nu validator's JSON report.</summary>
public sealed record NuMessage(string Type, string? SubType, string File, int Line, int Column, string Message, string Extract)
{
    /// <summary>Errors, and "non-document-error" (the validator could not check a file), fail a page; the rest is advice.</summary>
    public bool IsError => Type is "error" or "non-document-error";

    public bool IsWarning => Type == "info" && SubType == "warning";

    public static NuMessage From(JsonElement message)
    {
        string? Text(string name) => message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        int Number(string name) => message.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : 0;

        var url = Text("url") ?? "";
        return new NuMessage(
            Text("type") ?? "",
            Text("subType"),
            Path.GetFileName(url),
            Number("lastLine"),
            Number("firstColumn"),
            Text("message") ?? "",
            (Text("extract") ?? "").ReplaceLineEndings(" ").Trim());
    }

    public override string ToString() => $"{File}:{Line}:{Column} {Type}{(SubType is null ? "" : "/" + SubType)}: {Message}  [{Extract}]";
}
