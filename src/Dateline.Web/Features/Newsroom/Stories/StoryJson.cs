using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// How story fields and snapshots are stored in their JSON columns. Source-generated, because the article page
/// deserializes a snapshot on every uncached view.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StoryFields))]
[JsonSerializable(typeof(ArticleSnapshot))]
[JsonSerializable(typeof(HeroImage))]
[JsonSerializable(typeof(CorrectionNote))]
internal sealed partial class StoryJson : JsonSerializerContext
{
    public static string Serialize(StoryFields fields) => JsonSerializer.Serialize(fields, Default.StoryFields);

    public static StoryFields DeserializeFields(string json) =>
        JsonSerializer.Deserialize(json, Default.StoryFields) ?? throw new JsonException("Empty story fields.");

    public static string Serialize(ArticleSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Default.ArticleSnapshot);

    public static ArticleSnapshot DeserializeSnapshot(string json) =>
        JsonSerializer.Deserialize(json, Default.ArticleSnapshot) ?? throw new JsonException("Empty article snapshot.");
}
