using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NetVips;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Accepts new original images: decides their type from their bytes, refuses oversized files, decompression bombs
/// and corrupt data, stores them, and records their facts with the caption and credit their own metadata carries.
/// </summary>
public sealed class MediaLibrary(
    IMediaStorage storage, DatelineDbContext db, TimeProvider time, IOptions<MediaOptions> options, ImageRenditions renditions,
    UploadGate gate, MediaUsage usage, MediaAssetLookup lookup)
    : IDisposable
{
    private const string Accepted = "use JPEG, PNG, WebP, AVIF or GIF";

    private readonly List<MediaAsset> _awaitingSave = [];

    /// <summary>
    /// Stores an image and adds a <see cref="MediaAsset"/> to the context (saved by the caller's SaveChanges,
    /// so an article and its image commit together). Once saved, its renditions are queued. Fields left null are
    /// pre-filled from the image's XMP or IPTC metadata. A caller whose save fails deletes the stored original
    /// (<see cref="UploadAsync"/> does all of this in one step).
    /// </summary>
    /// <exception cref="InvalidImageException">The upload is too large, not an accepted type, too many pixels, or unreadable.</exception>
    public async Task<MediaAsset> ImportAsync(
        Stream content, string fileName, string? caption = null, string? credit = null, string? altText = null,
        MediaRights? rights = null, string? uploadedBy = null, CancellationToken cancellationToken = default)
    {
        rights ??= MediaRights.Unknown;
        var limits = options.Value;
        var displayName = Path.GetFileName(fileName);
        if (string.IsNullOrWhiteSpace(displayName))
        {
            displayName = "upload";
        }

        // Buffered on disk, not in memory: a burst of large uploads must not hold every file in the heap at once.
        var buffer = Path.Combine(Path.GetTempPath(), "dateline-upload-" + Guid.NewGuid().ToString("N"));
        try
        {
            await CopyBoundedAsync(content, buffer, displayName, limits.MaxUploadBytes, cancellationToken);
            var checkedImage = await gate.RunAsync(() => Inspect(buffer, displayName, limits.MaxPixels), cancellationToken);

            var key = $"originals/{time.GetUtcNow():yyyy/MM}/{Guid.NewGuid():N}{checkedImage.Type.Extension}";
            await using (var file = OpenBuffer(buffer))
            {
                await storage.WriteAsync(key, file, checkedImage.Type.ContentType, cancellationToken);
            }

            var found = checkedImage.Metadata;
            var asset = new MediaAsset
            {
                StorageKey = key,
                OriginalFileName = Fit(displayName, 256)!,
                ContentType = checkedImage.Type.ContentType,
                Width = checkedImage.Width,
                Height = checkedImage.Height,
                Length = new FileInfo(buffer).Length,
                CreatedAt = time.GetUtcNow().UtcDateTime,
                UploadedBy = uploadedBy,
                Caption = Fit(caption ?? found.Caption, 2000),
                Credit = Fit(credit ?? found.Credit, 256),
                AltText = altText,
                Source = Fit(found.Source, 256),
                CopyrightNotice = Fit(found.CopyrightNotice, 500),
                Creator = Fit(found.Creator, 256),
                Keywords = found.JoinedKeywords(),
                Licence = rights.Licence,
                ReadersMayDownload = rights.ReadersMayDownload,
                Renditions = RenditionProgress.Pending,
                DominantColor = checkedImage.DominantColor,
            };
            db.MediaAssets.Add(asset);
            if (_awaitingSave.Count == 0)
            {
                db.SavedChanges += QueueSavedAssets;
            }

            _awaitingSave.Add(asset);
            return asset;
        }
        finally
        {
            File.Delete(buffer);
        }
    }

    /// <summary>
    /// Imports one upload and saves it on its own. The original is written first under a fresh key nothing refers to;
    /// the row that refers to it is committed after; if that fails the file is removed, so a failed upload leaves
    /// neither a row without a file nor (short of a crash between the two steps) a file without a row.
    /// </summary>
    public async Task<MediaAsset> UploadAsync(
        Stream content, string fileName, string? uploadedBy, CancellationToken cancellationToken = default) =>
        (await UploadAllAsync(One(content, fileName), uploadedBy, cancellationToken))[0];

    /// <summary>
    /// Imports several uploads, read one after the other (a multipart body is a single stream), and saves them in one
    /// commit: if any file is refused, none is kept, and the originals already written are removed.
    /// </summary>
    /// <exception cref="InvalidImageException">One of the files is not acceptable; its name is in the message.</exception>
    public async Task<IReadOnlyList<MediaAsset>> UploadAllAsync(
        IAsyncEnumerable<(Stream Content, string FileName)> files, string? uploadedBy, CancellationToken cancellationToken = default)
    {
        var imported = new List<MediaAsset>();
        try
        {
            await foreach (var (content, fileName) in files.WithCancellation(cancellationToken))
            {
                imported.Add(await ImportAsync(content, fileName, uploadedBy: uploadedBy, cancellationToken: cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
            return imported;
        }
        catch
        {
            foreach (var asset in imported)
            {
                db.Entry(asset).State = EntityState.Detached;
                _awaitingSave.Remove(asset);
                await storage.DeleteAsync(asset.StorageKey, CancellationToken.None);
            }

            throw;
        }
    }

    /// <summary>
    /// Deletes an asset no story uses, with its original and everything derived from it. Returns the stories that use
    /// it instead when there are any (nothing is deleted), or null when there is no such asset.
    /// </summary>
    public async Task<IReadOnlyList<MediaUse>?> DeleteAsync(int assetId, CancellationToken cancellationToken = default)
    {
        var asset = await db.MediaAssets.FirstOrDefaultAsync(m => m.Id == assetId, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var uses = await usage.StoriesUsingAsync(assetId, cancellationToken);
        if (uses.Count > 0)
        {
            return uses;
        }

        db.MediaAssets.Remove(asset);
        await db.SaveChangesAsync(cancellationToken);
        lookup.Forget(assetId);

        // The row is gone first, so no request can find the files while they are removed.
        await storage.DeleteAsync(asset.StorageKey, CancellationToken.None);
        await storage.DeleteFolderAsync($"renditions/{assetId}", CancellationToken.None);
        await storage.DeleteFolderAsync($"downloads/{assetId}", CancellationToken.None);
        return [];
    }

    private static async IAsyncEnumerable<(Stream, string)> One(Stream content, string fileName)
    {
        await Task.CompletedTask;
        yield return (content, fileName);
    }

    public void Dispose()
    {
        // The context comes from a pool and outlives this scope; it must not keep a handler pointing here.
        db.SavedChanges -= QueueSavedAssets;
    }

    /// <summary>
    /// Sniffs the type, reads the header (size, orientation) without decoding, refuses too many pixels, then decodes
    /// once at a small scale with truncation and corruption treated as errors (that also yields the average colour).
    /// </summary>
    private static InspectedImage Inspect(string path, string displayName, long maxPixels)
    {
        Span<byte> header = stackalloc byte[ImageType.HeaderLength];
        int read;
        using (var file = File.OpenRead(path))
        {
            read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        var type = ImageType.Sniff(header[..read])
            ?? throw new InvalidImageException($"'{displayName}' is not a JPEG, PNG, WebP, AVIF or GIF image (judged by its content, not its name); {Accepted}.");

        int width, height;
        try
        {
            // Opening reads only the header: the pixels are decoded later, and only if the count below allows.
            using var image = Image.NewFromFile(path, access: Enums.Access.Sequential);
            var loader = (string)image.Get("vips-loader");
            if (!LoaderMatches(loader, type))
            {
                throw new InvalidImageException($"'{displayName}' starts like a {type.Name} image but cannot be read as one; {Accepted}.");
            }

            // Renditions are rotated upright by their EXIF orientation, so the recorded size must be the upright one.
            var sideways = image.GetTypeOf("orientation") != 0 && image.Get("orientation") is int orientation && orientation is >= 5 and <= 8;
            (width, height) = sideways ? (image.Height, image.Width) : (image.Width, image.Height);
        }
        catch (VipsException e)
        {
            throw new InvalidImageException($"'{displayName}' is a damaged {type.Name} file whose header cannot be read; {Accepted}.", e);
        }

        if ((long)width * height > maxPixels)
        {
            throw new InvalidImageException(
                $"'{displayName}' is {width}×{height} pixels; images may have at most {maxPixels / 1_000_000.0:0.#} megapixels.");
        }

        string color;
        try
        {
            color = AverageColor(path);
        }
        catch (VipsException e)
        {
            throw new InvalidImageException($"'{displayName}' is a damaged or truncated {type.Name} file: its image data cannot be read to the end.", e);
        }

        using var metadata = File.OpenRead(path);
        return new InspectedImage(type, width, height, color, EmbeddedMetadata.Read(metadata));
    }

    private static bool LoaderMatches(string loader, ImageType type) =>
        loader.StartsWith(type == ImageType.Avif ? "heif" : type.Name.ToLowerInvariant(), StringComparison.Ordinal);

    private static string AverageColor(string path)
    {
        // Shrink-on-load keeps this cheap for JPEG and WebP, and the whole stream is still read, so truncation shows.
        using var thumb = Image.Thumbnail(path, 32, failOn: Enums.FailOn.Truncated);
        using var srgb = thumb.Colourspace(Enums.Interpretation.Srgb);
        using var bands = srgb.Stats();
        // Row 0 holds all-band stats; rows 1..n hold per-band stats, with the mean in column 4.
        int Mean(int band) => (int)Math.Round(bands[4, Math.Min(band, srgb.Bands - 1) + 1][0]);
        return $"#{Mean(0):x2}{Mean(1):x2}{Mean(2):x2}";
    }

    private static async Task CopyBoundedAsync(Stream content, string path, string displayName, long maxBytes, CancellationToken cancellationToken)
    {
        InvalidImageException TooLarge() =>
            new($"'{displayName}' is larger than the {maxBytes / (1024 * 1024.0):0.#} MB an image may be.", tooLarge: true);
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw TooLarge();
        }

        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            total += read;
            if (total > maxBytes)
            {
                throw TooLarge();
            }

            await file.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
    }

    private static FileStream OpenBuffer(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private static string? Fit(string? value, int maxLength) =>
        value is null || value.Length <= maxLength ? value : value[..maxLength].TrimEnd();

    private void QueueSavedAssets(object? sender, SavedChangesEventArgs e)
    {
        foreach (var asset in _awaitingSave.Where(a => db.Entry(a).State == EntityState.Unchanged).ToList())
        {
            renditions.Enqueue(asset.Id);
            _awaitingSave.Remove(asset);
        }

        if (_awaitingSave.Count == 0)
        {
            db.SavedChanges -= QueueSavedAssets;
        }
    }

    private sealed record InspectedImage(ImageType Type, int Width, int Height, string DominantColor, EmbeddedMetadata Metadata);
}
