using System.Net;
using System.Text.Json;

namespace Dateline.IntegrationTests.ContentApi;

/// <summary>Reads content API responses as JSON documents, keeping the response for its status and headers.</summary>
internal static class ContentApiClient
{
    public static async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(
        HttpClient client, string path, string? apiKey = null, string? accept = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        if (accept is not null)
        {
            request.Headers.Add("Accept", accept);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode == HttpStatusCode.NotModified || body.Length == 0)
        {
            return (response, default);
        }

        using var document = JsonDocument.Parse(body);
        return (response, document.RootElement.Clone());
    }

    public static IReadOnlyList<int> Ids(JsonElement list) =>
        [.. list.GetProperty("data").EnumerateArray().Select(a => a.GetProperty("id").GetInt32())];

    public static string? Next(JsonElement list, string member = "nextUrl") =>
        list.GetProperty("meta").GetProperty("pagination").GetProperty(member).GetString();
}
