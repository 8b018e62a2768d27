using System.Globalization;
using System.Net.Http.Headers;

namespace Dateline.Web.Features.CdnPurge;

/// <summary>What the purge clients share: the bearer header and turning a refusal into an exception with its reason.</summary>
internal static class CdnPurgeHttp
{
    public static void AddBearer(HttpRequestMessage request, string? token)
    {
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    public static async Task SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new HttpRequestException(
                string.Create(CultureInfo.InvariantCulture, $"The CDN answered {(int)response.StatusCode}: {(body.Length > 200 ? body[..200] : body)}"),
                null,
                response.StatusCode);
        }
    }
}
