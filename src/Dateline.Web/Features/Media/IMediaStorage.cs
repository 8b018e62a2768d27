namespace Dateline.Web.Features.Media;

/// <summary>Where original images and their renditions live: a local folder by default, S3-compatible storage when scaled out.</summary>
public interface IMediaStorage
{
    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading, or returns null when it does not exist.</summary>
    Task<StoredMedia?> OpenReadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores the content under the key, replacing any earlier file atomically.</summary>
    Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes every file whose key starts with <paramref name="prefix"/> + "/" (an asset's renditions).</summary>
    Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken = default);
}
