using System.IO.Compression;
using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Http;

/// <summary>
/// Pages the output cache stores are compressed once and sent to every reader, so they are compressed well; what is
/// compressed afresh for every request stays on the fastest level. Each test recompresses the decoded body itself at
/// both levels and checks which one the response matches.
/// </summary>
public sealed class CompressionTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_cached_page_is_sent_at_the_optimal_level_on_the_first_visit_and_from_the_cache(string encoding)
    {
        var path = await ArticlePathAsync(_content);
        var client = factory.CreateClient();

        for (var visit = 1; visit <= 2; visit++)
        {
            var (sent, html) = await GetAsync(client, path, encoding);

            var optimal = Compress(html, encoding, CompressionLevel.Optimal);
            var fastest = Compress(html, encoding, CompressionLevel.Fastest);
            Assert.True(sent <= optimal * 1.02,
                $"Visit {visit}: {sent} B sent in {encoding}; the optimal level gives {optimal} B, the fastest {fastest} B.");
            Assert.True(optimal < fastest * 0.95, $"The page should compress better at the optimal level ({optimal} against {fastest} B).");
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task With_the_output_cache_off_pages_are_sent_at_the_fastest_level(string encoding)
    {
        await using var site = new DatelineFactory();
        site.Settings["Caching:OutputCache"] = "false";
        var path = await ArticlePathAsync(new TestContent(site));

        var (sent, html) = await GetAsync(site.CreateClient(), path, encoding);

        // Nearer the fastest level's size than the optimal's: a streamed response is compressed in chunks, so it can
        // come out a few percent above one-shot compression of the whole page at the same level.
        var fastest = Compress(html, encoding, CompressionLevel.Fastest);
        var optimal = Compress(html, encoding, CompressionLevel.Optimal);
        Assert.True(sent >= fastest * 0.98 && sent - optimal > (fastest - optimal) / 2,
            $"{sent} B sent in {encoding}; the fastest level gives {fastest} B, the optimal {optimal} B.");
    }

    [Fact]
    public async Task A_missing_page_is_not_compressed_as_if_it_were_to_be_cached()
    {
        var client = factory.CreateClient();

        var (sent, html) = await GetAsync(client, "/en/no-such-page", "gzip", HttpStatusCode.NotFound);

        var fastest = Compress(html, "gzip", CompressionLevel.Fastest);
        Assert.True(Math.Abs(sent - fastest) <= fastest * 0.02, $"{sent} B sent; the fastest level gives {fastest} B.");
    }

    private static async Task<string> ArticlePathAsync(TestContent content)
    {
        var article = await content.ArticleAsync(await content.SectionAsync());
        return ArticlePaths.Article("en", article.Id, article.Slug);
    }

    private static async Task<(long Sent, byte[] Html)> GetAsync(
        HttpClient client, string path, string encoding, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        using var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));

        var sent = await response.Content.ReadAsByteArrayAsync();
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(sent), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(sent), CompressionMode.Decompress);
        var html = new MemoryStream();
        await decoder.CopyToAsync(html);
        return (sent.Length, html.ToArray());
    }

    private static long Compress(byte[] body, string encoding, CompressionLevel level)
    {
        var output = new MemoryStream();
        using (Stream encoder = encoding == "br"
            ? new BrotliStream(output, level, leaveOpen: true)
            : new GZipStream(output, level, leaveOpen: true))
        {
            encoder.Write(body);
        }

        return output.Length;
    }
}
