using Dateline.Web.Infrastructure.Data;
using NetVips;

namespace Dateline.Web.Features.Media;

/// <summary>Accepts new original images: checks them, stores them, and records their facts.</summary>
public sealed class MediaLibrary(IMediaStorage storage, DatelineDbContext db, TimeProvider time)
{
    /// <summary>
    /// Stores an image and adds a <see cref="MediaAsset"/> to the context (saved by the caller's SaveChanges,
    /// so an article and its image commit together).
    /// </summary>
    /// <exception cref="InvalidImageException">The bytes are not an image libvips can read.</exception>
    public async Task<MediaAsset> ImportAsync(
        Stream content, string fileName, string? caption = null, string? credit = null, string? altText = null,
        CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();

        int width, height;
        string contentType, extension, color;
        try
        {
            using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            (width, height) = (image.Width, image.Height);
            var loader = (string)image.Get("vips-loader");
            (contentType, extension) = loader switch
            {
                _ when loader.StartsWith("jpeg", StringComparison.Ordinal) => ("image/jpeg", ".jpg"),
                _ when loader.StartsWith("png", StringComparison.Ordinal) => ("image/png", ".png"),
                _ when loader.StartsWith("webp", StringComparison.Ordinal) => ("image/webp", ".webp"),
                _ when loader.StartsWith("heif", StringComparison.Ordinal) => ("image/avif", ".avif"),
                _ when loader.StartsWith("gif", StringComparison.Ordinal) => ("image/gif", ".gif"),
                _ => throw new InvalidImageException($"Images of type '{loader}' are not accepted; use JPEG, PNG, WebP, AVIF or GIF."),
            };
            color = AverageColor(bytes);
        }
        catch (VipsException e)
        {
            throw new InvalidImageException("The file is not a readable image.", e);
        }

        var key = $"originals/{time.GetUtcNow():yyyy/MM}/{Guid.NewGuid():N}{extension}";
        using (var stored = new MemoryStream(bytes, writable: false))
        {
            await storage.WriteAsync(key, stored, contentType, cancellationToken);
        }

        var asset = new MediaAsset
        {
            StorageKey = key,
            OriginalFileName = Path.GetFileName(fileName),
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
        return asset;
    }

    private static string AverageColor(byte[] bytes)
    {
        using var thumb = Image.ThumbnailBuffer(bytes, 32);
        using var srgb = thumb.Colourspace(Enums.Interpretation.Srgb);
        var bands = srgb.Stats();
        // Row 0 holds all-band stats; rows 1..n hold per-band stats, with the mean in column 4.
        int Mean(int band) => (int)Math.Round(bands[4, band + 1][0]);
        var color = $"#{Mean(0):x2}{Mean(1):x2}{Mean(2):x2}";
        bands.Dispose();
        return color;
    }
}
