using System.Net;
using System.Text.Json.Nodes;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Authors;
using Json.Schema;

namespace Dateline.IntegrationTests.ContentApi;

/// <summary>
/// Articles as IPTC ninjs, validated against the ninjs 3.1 JSON Schema (tests/Reference/iptc) with JsonSchema.Net,
/// formats (uri, date-time) included.
/// </summary>
public sealed class NinjsTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly TestContent _content = new(factory);

    [Fact]
    public void The_validator_accepts_IPTCs_own_example_and_rejects_a_broken_item()
    {
        var example = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("tests", "Reference", "iptc", "ninjs-3.0_ninjsExSimpleText_3.json")));
        var broken = JsonNode.Parse("""{ "uri": "not a uri", "pubStatus": "live", "headlines": [ { "role": "main" } ] }""");

        Assert.True(Schema.Value.Evaluate(example, Options).IsValid, Describe(Schema.Value.Evaluate(example, Options)));
        Assert.False(Schema.Value.Evaluate(broken, Options).IsValid);
    }

    [Fact]
    public async Task A_full_article_is_a_valid_ninjs_item_at_its_own_address_and_by_content_negotiation()
    {
        var section = await _content.SectionAsync();
        var topic = await _content.TopicAsync();
        var agency = await _content.AgencyAsync();
        var article = await _content.ArticleAsync(section, headline: "Ninjs headline", topics: [topic], agency: agency, caption: "Caption", credit: "Photographer");
        var author = new Author { Slug = "ninjs-" + Guid.NewGuid().ToString("N")[..8], Name = "Ninjs Reporter" };
        await factory.SeedAsync((db, _) =>
        {
            db.Authors.Add(author);
            db.ArticleAuthors.Add(new ArticleAuthor { ArticleId = article.Id, Author = author });
            return Task.CompletedTask;
        });
        var client = factory.CreateClient();

        var byPath = await client.GetAsync($"/api/v1/content/articles/{article.Id}/ninjs");
        using var negotiated = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/content/articles/{article.Id}");
        negotiated.Headers.Add("Accept", "application/ninjs+json");
        var byAccept = await client.SendAsync(negotiated);
        var text = await byPath.Content.ReadAsStringAsync();
        var item = JsonNode.Parse(text)!;
        var result = Schema.Value.Evaluate(item, Options);

        Assert.Equal(HttpStatusCode.OK, byPath.StatusCode);
        Assert.Equal("application/ninjs+json", byPath.Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/ninjs+json", byAccept.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text, await byAccept.Content.ReadAsStringAsync());
        Assert.True(result.IsValid, Describe(result));
        Assert.Equal($"http://localhost/api/v1/content/articles/{article.Id}", (string?)item["uri"]);
        Assert.Equal("Ninjs headline", (string?)item["headlines"]![0]!["value"]);
        Assert.Equal("Ninjs Reporter", (string?)item["by"]);
        Assert.Equal(topic.Name, (string?)item["subjects"]![1]!["name"]);
        Assert.Equal("picture", (string?)item["associations"]![0]!["type"]);
        Assert.DoesNotContain("null", text);
    }

    [Fact]
    public async Task A_bare_arabic_article_without_image_or_standfirst_is_valid_too()
    {
        var section = await _content.SectionAsync("ar");
        var article = await _content.ArticleAsync(section, headline: "خبر عاجل", withImage: false);

        var text = await factory.CreateClient().GetStringAsync($"/api/v1/content/articles/{article.Id}/ninjs");
        var item = JsonNode.Parse(text)!;
        var result = Schema.Value.Evaluate(item, Options);

        Assert.True(result.IsValid, Describe(result));
        Assert.Equal("ar-AE", (string?)item["language"]);
        Assert.Null(item["associations"]);
    }

    /// <summary>
    /// The ninjs schema refers to GeoJSON's schema for a place's geometry; JsonSchema.Net resolves every reference up
    /// front and the tests run offline, so a stand-in takes its address. Dateline writes no places.
    /// </summary>
    private static JsonSchema Load()
    {
        var geoJson = new Uri("https://geojson.org/schema/GeoJSON.json");
        SchemaRegistry.Global.Register(geoJson, JsonSchema.FromText(
            $$"""{ "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "{{geoJson}}", "type": "object", "required": ["type"] }"""));
        return JsonSchema.FromText(File.ReadAllText(RepositoryFiles.PathOf("tests", "Reference", "iptc", "ninjs-schema_3.1.json")));
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join("; ", d.Errors!.Values)}"));
}
