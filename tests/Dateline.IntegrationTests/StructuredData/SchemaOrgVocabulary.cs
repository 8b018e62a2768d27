using System.Text.Json;

namespace Dateline.IntegrationTests.StructuredData;

/// <summary>
/// The schema.org properties our JSON-LD may use, per type (each list is a subset of what the type's page on
/// schema.org names, including inherited properties): https://schema.org/NewsArticle, /Person, /Organization,
/// /ImageObject, /WebPage, /CorrectionComment, /BreadcrumbList, /ListItem, /WebSite, /SearchAction, /EntryPoint.
/// <c>query-input</c> is the Action input annotation of https://schema.org/docs/actions.html. A small allow-list
/// stands in for the whole vocabulary (several MB) and catches misspelt or invented names.
/// </summary>
public static class SchemaOrgVocabulary
{
    private static readonly Dictionary<string, HashSet<string>> Properties = new(StringComparer.Ordinal)
    {
        ["NewsArticle"] =
        [
            "headline", "description", "url", "mainEntityOfPage", "datePublished", "dateModified", "inLanguage",
            "isAccessibleForFree", "articleSection", "author", "publisher", "image", "keywords", "correction",
        ],
        ["Person"] = ["name", "url"],
        ["Organization"] = ["name", "url", "logo"],
        ["ImageObject"] = ["url", "width", "height"],
        ["WebPage"] = [],
        ["CorrectionComment"] = ["text", "datePublished"],
        ["BreadcrumbList"] = ["itemListElement"],
        ["ListItem"] = ["position", "name", "item"],
        ["WebSite"] = ["name", "url", "inLanguage", "publisher", "potentialAction"],
        ["SearchAction"] = ["target", "query-input"],
        ["EntryPoint"] = ["urlTemplate"],
    };

    /// <summary>Every property name under <paramref name="node"/> that its type does not have, as "Type.property".</summary>
    public static IEnumerable<string> UnknownProperties(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
            {
                foreach (var unknown in UnknownProperties(item))
                {
                    yield return unknown;
                }
            }

            yield break;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        // A bare {"@id": …} refers to a node described elsewhere.
        if (!node.TryGetProperty("@type", out var typeElement))
        {
            foreach (var property in node.EnumerateObject().Where(p => p.Name != "@id"))
            {
                yield return "(untyped)." + property.Name;
            }

            yield break;
        }

        var type = typeElement.GetString()!;
        if (!Properties.TryGetValue(type, out var allowed))
        {
            yield return type;
            yield break;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name.StartsWith('@'))
            {
                continue;
            }

            if (!allowed.Contains(property.Name))
            {
                yield return $"{type}.{property.Name}";
            }

            foreach (var unknown in UnknownProperties(property.Value))
            {
                yield return unknown;
            }
        }
    }
}
