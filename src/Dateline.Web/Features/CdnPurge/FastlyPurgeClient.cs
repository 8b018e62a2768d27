using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>Fastly's bulk purge by surrogate key: the keys space-separated in a <c>Surrogate-Key</c> header, 256 at most per call.</summary>
internal sealed class FastlyPurgeClient(HttpClient http, IOptions<CdnPurgeOptions> options) : ICdnPurgeClient
{
    public const string DefaultApi = "https://api.fastly.com";

    public async Task PurgeAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var address = $"{(settings.Url ?? DefaultApi).TrimEnd('/')}/service/{Uri.EscapeDataString(settings.ServiceId!)}/purge";
        foreach (var chunk in tags.Chunk(256))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, address);
            request.Headers.TryAddWithoutValidation("Fastly-Key", settings.ApiToken);
            request.Headers.TryAddWithoutValidation(SurrogateKeyHeaders.SurrogateKey, string.Join(' ', chunk));
            if (settings.SoftPurge)
            {
                request.Headers.TryAddWithoutValidation("Fastly-Soft-Purge", "1");
            }

            await CdnPurgeHttp.SendAsync(http, request, cancellationToken);
        }
    }
}
