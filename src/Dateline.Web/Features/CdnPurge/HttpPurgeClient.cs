using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>
/// A purge endpoint of one's own (a Varnish or nginx purger, a CDN without a client here): with <c>{tag}</c> in the
/// address, one POST per tag (Fastly's single-key form, <c>…/purge/{tag}</c>); otherwise one POST of <c>{"tags":[…]}</c>.
/// </summary>
internal sealed class HttpPurgeClient(HttpClient http, IOptions<CdnPurgeOptions> options) : ICdnPurgeClient
{
    public const string TagPlaceholder = "{tag}";

    public async Task PurgeAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var template = settings.Url!;
        if (!template.Contains(TagPlaceholder, StringComparison.Ordinal))
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, template) { Content = JsonContent.Create(new { tags }) };
            CdnPurgeHttp.AddBearer(request, settings.ApiToken);
            await CdnPurgeHttp.SendAsync(http, request, cancellationToken);
            return;
        }

        foreach (var tag in tags)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, template.Replace(TagPlaceholder, Uri.EscapeDataString(tag), StringComparison.Ordinal));
            CdnPurgeHttp.AddBearer(request, settings.ApiToken);
            await CdnPurgeHttp.SendAsync(http, request, cancellationToken);
        }
    }
}
