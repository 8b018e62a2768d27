using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>Cloudflare's purge by cache tag: <c>{"tags":[…]}</c> to the zone's purge_cache, 30 tags per call.</summary>
internal sealed class CloudflarePurgeClient(HttpClient http, IOptions<CdnPurgeOptions> options) : ICdnPurgeClient
{
    public const string DefaultApi = "https://api.cloudflare.com/client/v4";

    public async Task PurgeAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var address = $"{(settings.Url ?? DefaultApi).TrimEnd('/')}/zones/{Uri.EscapeDataString(settings.ZoneId!)}/purge_cache";
        foreach (var chunk in tags.Chunk(30))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = JsonContent.Create(new { tags = chunk }) };
            CdnPurgeHttp.AddBearer(request, settings.ApiToken);
            await CdnPurgeHttp.SendAsync(http, request, cancellationToken);
        }
    }
}
