using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Dateline.Web.Features.StructuredData;

/// <summary>
/// Writes schema.org nodes for a <c>&lt;script type="application/ld+json"&gt;</c> block. The encoder lets every
/// script (Arabic included) through as itself, but still writes &lt;, &gt;, &amp;, quotes and + as \u escapes, so no
/// text in a node (a headline holding <c>&lt;/script&gt;</c>) can end the block or start markup.
/// </summary>
public static class JsonLd
{
    public const string Context = "https://schema.org";

    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);
}
