using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dateline.Web.Infrastructure.OpenApi;

/// <summary>
/// <c>/api-reference</c>: the OpenAPI document as a plain HTML page, rendered on the server from the same document
/// <c>/openapi/v1.json</c> serves. No script and no inline style, so it lives under the site's strict CSP like every
/// other page (the hosted explorers need inline script and third-party fonts).
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 300, Location = ResponseCacheLocation.Any)]
public sealed class ApiReferencePageModel(IServiceProvider services) : PageModel
{
    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public IReadOnlyList<SchemeView> Schemes { get; private set; } = [];

    public IReadOnlyList<TagView> Tags { get; private set; } = [];

    public IReadOnlyList<SchemaView> Schemas { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiModule.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(cancellationToken);
        Title = document.Info?.Title ?? "API";
        Description = document.Info?.Description;
        Schemes = [.. (document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
            .Select(s => new SchemeView(s.Key, s.Value.Type?.ToString() ?? "", s.Value.Name ?? s.Value.Scheme ?? "", s.Value.Description ?? ""))];

        var operations = (document.Paths ?? [])
            .SelectMany(p => (p.Value.Operations ?? []).Select(o => (Path: p.Key, Method: o.Key.Method, Operation: o.Value)))
            .Select(o => new OperationView(
                o.Operation.OperationId ?? $"{o.Method}-{o.Path}",
                o.Method.ToUpperInvariant(),
                o.Path,
                o.Operation.Summary,
                o.Operation.Description,
                [.. (o.Operation.Parameters ?? []).Select(p => new ParameterView(
                    p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, TypeOf(p.Schema), p.Description))],
                [.. (o.Operation.Responses ?? []).Select(r => new ResponseView(
                    r.Key, r.Value.Description ?? "",
                    [.. (r.Value.Content ?? new Dictionary<string, OpenApiMediaType>()).Select(c => $"{c.Key} {TypeOf(c.Value.Schema)}".TrimEnd())]))],
                [.. (o.Operation.Security ?? []).Select(s => s.Count == 0 ? "none" : string.Join(" + ", s.Keys.Select(k => k.Reference.Id)))],
                [.. (o.Operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name ?? "")]))
            .ToList();
        Tags = [.. operations
            .GroupBy(o => o.Tags.Count > 0 ? o.Tags[0] : "Other")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagView(
                g.Key,
                document.Tags?.FirstOrDefault(t => t.Name == g.Key)?.Description,
                [.. g.OrderBy(o => o.Path, StringComparer.Ordinal)]))];
        Schemas = [.. (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SchemaView(s.Key, s.Value.Description,
                [.. (s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>()).Select(p => new PropertyView(
                    p.Key, TypeOf(p.Value), s.Value.Required?.Contains(p.Key) == true, p.Value.Description))]))];
    }

    public static string Anchor(string name) => "op-" + new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);

    private static string TypeOf(IOpenApiSchema? schema)
    {
        if (schema is null)
        {
            return "";
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return reference.Reference.Id ?? "";
        }

        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.Array))
        {
            return TypeOf(schema.Items) + "[]";
        }

        var name = schema.Type is { } t
            ? string.Join(" | ", Enum.GetValues<JsonSchemaType>().Where(v => v != 0 && t.HasFlag(v)).Select(v => v.ToString().ToLowerInvariant()))
            : schema.OneOf is { Count: > 0 } oneOf ? string.Join(" | ", oneOf.Select(TypeOf)) : "any";
        return schema.Format is { Length: > 0 } format ? $"{name} ({format})" : name;
    }

    public sealed record SchemeView(string Name, string Type, string Where, string Description);

    public sealed record TagView(string Name, string? Description, IReadOnlyList<OperationView> Operations);

    public sealed record OperationView(
        string Id, string Method, string Path, string? Summary, string? Description,
        IReadOnlyList<ParameterView> Parameters, IReadOnlyList<ResponseView> Responses, IReadOnlyList<string> Security, IReadOnlyList<string> Tags);

    public sealed record ParameterView(string Name, string In, bool Required, string Type, string? Description);

    public sealed record ResponseView(string Status, string Description, IReadOnlyList<string> Content);

    public sealed record SchemaView(string Name, string? Description, IReadOnlyList<PropertyView> Properties);

    public sealed record PropertyView(string Name, string Type, bool Required, string? Description);
}
