namespace Dateline.Web.Features.Media;

/// <summary>Stores media as files under one root folder; keys are relative paths with forward slashes.</summary>
public sealed class LocalMediaStorage(string root) : IMediaStorage
{
    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(PathFor(key)));

    public Task<StoredMedia?> OpenReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var file = new FileInfo(PathFor(key));
        if (!file.Exists)
        {
            return Task.FromResult<StoredMedia?>(null);
        }

        try
        {
            var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 64 * 1024,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<StoredMedia?>(new StoredMedia(stream, stream.Length, file.LastWriteTimeUtc));
        }
        catch (FileNotFoundException)
        {
            // Deleted between the check and the open.
            return Task.FromResult<StoredMedia?>(null);
        }
    }

    public async Task WriteAsync(string key, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Write beside the target and rename, so a reader never sees half a file.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathFor(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    public Task DeleteFolderAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var path = PathFor(prefix);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Task.CompletedTask;
    }

    private string PathFor(string key)
    {
        if (string.IsNullOrWhiteSpace(key) || key.Contains('\0', StringComparison.Ordinal) || Path.IsPathRooted(key))
        {
            throw new ArgumentException($"Media key '{key}' is not a relative path.", nameof(key));
        }

        var path = Path.GetFullPath(Path.Combine(Root, key));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Media key '{key}' leaves the media folder.", nameof(key));
        }

        return path;
    }
}
