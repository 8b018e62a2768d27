namespace Dateline.Web.Features.CdnPurge;

/// <summary>One CDN's purge-by-tag call. Throws <see cref="HttpRequestException"/> when the CDN did not accept it.</summary>
public interface ICdnPurgeClient
{
    Task PurgeAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken);
}
