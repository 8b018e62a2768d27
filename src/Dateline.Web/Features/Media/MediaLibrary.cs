using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NetVips;

namespace Dateline.Web.Features.Media;

/// <summary>Accepts new original images: checks them, stores them, and records their facts.</summary>
public sealed class MediaLibrary(
    IMediaStorage storage, DatelineDbContext db, TimeProvider time, IOptions<MediaOptions> options, ImageRenditions renditions)
    : IDisposable
{
    private const string Accepted = "use JPEG, PNG, WebP, AVIF or GIF";

    private readonly List<MediaAsset> _awaitingSave = [];

    /// <summary>
    /// Stores an image and adds a <see cref="MediaAsset"/> to the context (saved by the caller's SaveChanges,
    /// so an article and its image commit together). Once saved, its renditions are queued for pre-generation.
    /// </summary>
    /// <exception cref="InvalidImageException">The upload is too large, or not an image libvips can read.</exception>
    public async Task<MediaAsset> ImportAsync(
        Stream content, string fileName, string? caption = null, string? credit = null, string? altText = null,
        CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        var displayName = Path.GetFileName(fileName);
        var bytes = await ReadUploadAsync(content, displayName, limits.MaxUploadBytes, cancellationToken);

        int width, height;
        string contentType, extension, color;
        try
        {
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            var loader = (string)image.Get("vips-loader");
            (contentType, extension) = loader switch
            {
                _ when loader.StartsWith("jpeg", StringComparison.Ordinal) => ("image/jpeg", ".jpg"),
                _ when loader.StartsWith("png", StringComparison.Ordinal) => ("image/png", ".png"),
                _ when loader.StartsWith("webp", StringComparison.Ordinal) => ("image/webp", ".webp"),
                _ when loader.StartsWith("heif", StringComparison.Ordinal) => ("image/avif", ".avif"),
                _ when loader.StartsWith("gif", StringComparison.Ordinal) => ("image/gif", ".gif"),
                _ => throw new InvalidImageException($"'{displayName}' is a {loader.Replace("load_buffer", "", StringComparison.Ordinal)} image; {Accepted}."),
            };

            // Renditions are rotated upright by their EXIF orientation, so the recorded size must be the upright one.
            var sideways = image.GetTypeOf("orientation") != 0 && image.Get("orientation") is int orientation && orientation is >= 5 and <= 8;
            (width, height) = sideways ? (image.Height, image.Width) : (image.Width, image.Height);
            if ((long)width * height > limits.MaxPixels)
            {
                throw new InvalidImageException(
                    $"'{displayName}' is {width}×{height} pixels; images may have at most {limits.MaxPixels / 1_000_000} megapixels.");
            }

            color = AverageColor(bytes);
        }
        catch (VipsException e)
        {
            throw new InvalidImageException($"'{displayName}' is not an image that can be read; {Accepted}.", e);
        }

        var key = $"originals/{time.GetUtcNow():yyyy/MM}/{Guid.NewGuid():N}{extension}";
        using (var stored = new MemoryStream(bytes, writable: false))
        {
            await storage.WriteAsync(key, stored, contentType, cancellationToken);
        }

        var asset = new MediaAsset
        {
            StorageKey = key,
            OriginalFileName = displayName,
            ContentType = contentType,
            Width = width,
            Height = height,
            Length = bytes.LongLength,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            Caption = caption,
            Credit = credit,
            AltText = altText,
            DominantColor = color,
        };
        db.MediaAssets.Add(asset);
        if (_awaitingSave.Count == 0)
        {
            db.SavedChanges += QueueSavedAssets;
        }

        _awaitingSave.Add(asset);
        return asset;
    }

    public void Dispose()
    {
        // The context comes from a pool and outlives this scope; it must not keep a handler pointing here.
        db.SavedChanges -= QueueSavedAssets;
    }

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

    private static async Task<byte[]> ReadUploadAsync(Stream content, string displayName, long maxBytes, CancellationToken cancellationToken)
    {
        InvalidImageException TooLarge() => new($"'{displayName}' is larger than the {maxBytes / (1024 * 1024.0):0.#} MB an image may be.");
        if (content.CanSeek && content.Length - content.Position > maxBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string AverageColor(byte[] bytes)
    {
        using var thumb = Image.ThumbnailBuffer(bytes, 32);
        using var srgb = thumb.Colourspace(Enums.Interpretation.Srgb);
        using var bands = srgb.Stats();
        // Row 0 holds all-band stats; rows 1..n hold per-band stats, with the mean in column 4.
        int Mean(int band) => (int)Math.Round(bands[4, band + 1][0]);
        return $"#{Mean(0):x2}{Mean(1):x2}{Mean(2):x2}";
    }
}
