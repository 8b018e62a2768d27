using System.IO.Compression;
using System.Net.Http.Headers;

namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>
/// Asks for Brotli or gzip as browsers do and hands back the decoded body, so tests see the responses readers get
/// (TestServer's client sends no Accept-Encoding, which hides bugs in compressed responses).
/// </summary>
public sealed class BrowserLikeEncoding : DelegatingHandler
{
    /// <summary>Set on a response whose body arrived compressed; its value is the encoding that was undone.</summary>
    public const string DecodedHeader = "X-Test-Decoded-From";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await base.SendAsync(request, cancellationToken);
        var encoding = response.Content.Headers.ContentEncoding.SingleOrDefault();
        if (encoding is null)
        {
            return response;
        }

        var encoded = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using Stream decoder = encoding switch
        {
            "br" => new BrotliStream(encoded, CompressionMode.Decompress),
            "gzip" => new GZipStream(encoded, CompressionMode.Decompress),
            _ => throw new InvalidOperationException($"Unexpected Content-Encoding {encoding} on {request.RequestUri}."),
        };
        var body = new MemoryStream();
        await decoder.CopyToAsync(body, cancellationToken);
        var decoded = new ByteArrayContent(body.ToArray());
        foreach (var header in response.Content.Headers.Where(h => h.Key is not ("Content-Encoding" or "Content-Length")))
        {
            decoded.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        decoded.Headers.TryAddWithoutValidation(DecodedHeader, encoding);
        response.Content = decoded;
        return response;
    }
}
