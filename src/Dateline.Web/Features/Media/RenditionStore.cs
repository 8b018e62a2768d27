using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dateline.Web.Infrastructure.Telemetry;
using NetVips;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Renditions in <see cref="IMediaStorage"/> under <c>renditions/{id}/{width}.{format}</c> (and focal crops under
/// <c>renditions/{id}/{ratio}-{x}-{y}/{width}.{format}</c>), made from the original the first time they are wanted or
/// by <see cref="ImageRenditions"/> right after upload. Requests wider than the original get the original's size
/// (never upscaled), stored once under the original's width. Every rendition is upright, sRGB and without metadata.
/// </summary>
public sealed class RenditionStore(IMediaStorage storage, ILogger<RenditionStore> logger) : IDisposable
{
    // libvips' largest coordinate: as a thumbnail height it lets the width alone decide the scale.
    private const int UnboundedHeight = 10_000_000;

    private readonly ConcurrentDictionary<string, Lazy<Task<bool>>> _inFlight = new(StringComparer.Ordinal);

    // Encoding is CPU-bound; a page full of new images must not take every core from the request threads.
    private readonly SemaphoreSlim _encoders = new(Math.Max(1, Environment.ProcessorCount - 1));

    public static string KeyFor(int assetId, int width, RenditionFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"renditions/{assetId}/{width}.{format.Extension}");

    /// <summary>The storage key that serves a request for this width: wider than the original means the original's width.</summary>
    public static string KeyFor(OriginalImage original, int width, RenditionFormat format) =>
        KeyFor(original.Id, Math.Min(width, original.Width), format);

    /// <summary>The key of a focal crop; a width wider than the crop region is stored under the region's width.</summary>
    public static string CropKeyFor(OriginalImage original, CropRatio ratio, int focalX, int focalY, int width, RenditionFormat format)
    {
        var region = ratio.RegionIn(original.Width, original.Height, focalX, focalY);
        return string.Create(CultureInfo.InvariantCulture,
            $"renditions/{original.Id}/{ratio.Name}-{focalX}-{focalY}/{Math.Min(width, region.Width)}.{format.Extension}");
    }

    /// <summary>Opens the rendition, making it first if it does not exist yet.</summary>
    public async Task<StoredMedia> OpenAsync(OriginalImage original, int width, RenditionFormat format, CancellationToken cancellationToken = default)
    {
        var key = KeyFor(original, width, format);
        if (await storage.OpenReadAsync(key, cancellationToken) is { } stored)
        {
            return stored;
        }

        await EnsureAsync(original, width, format, cancellationToken);
        return await storage.OpenReadAsync(key, cancellationToken)
            ?? throw new InvalidOperationException($"Rendition '{key}' is missing right after it was made.");
    }

    /// <summary>
    /// Makes the rendition unless it exists. Concurrent callers for the same key share one piece of work, which runs to
    /// the end even when the caller that started it gives up. Returns true when this call's work made the file.
    /// </summary>
    public Task<bool> EnsureAsync(OriginalImage original, int width, RenditionFormat format, CancellationToken cancellationToken = default)
    {
        var key = KeyFor(original, width, format);
        var scaled = Math.Min(width, original.Width);
        return Shared(key, original, source => Render(source, scaled, format), format, cancellationToken);
    }

    /// <summary>Opens a focal crop, making it first if needed. The caller has checked the focal point is the asset's.</summary>
    public async Task<StoredMedia> OpenCropAsync(
        OriginalImage original, CropRatio ratio, int focalX, int focalY, int width, RenditionFormat format, CancellationToken cancellationToken = default)
    {
        var key = CropKeyFor(original, ratio, focalX, focalY, width, format);
        if (await storage.OpenReadAsync(key, cancellationToken) is not { } stored)
        {
            var region = ratio.RegionIn(original.Width, original.Height, focalX, focalY);
            await Shared(key, original, source => RenderCrop(source, original.Width, region, ratio, Math.Min(width, region.Width), format), format,
                cancellationToken);
            stored = await storage.OpenReadAsync(key, cancellationToken)
                ?? throw new InvalidOperationException($"Rendition '{key}' is missing right after it was made.");
        }

        return stored;
    }

    /// <summary>Whether a focal crop is already stored (it then answers whatever the asset's focal point is now).</summary>
    public Task<bool> CropExistsAsync(OriginalImage original, CropRatio ratio, int focalX, int focalY, int width, RenditionFormat format,
        CancellationToken cancellationToken = default) =>
        storage.ExistsAsync(CropKeyFor(original, ratio, focalX, focalY, width, format), cancellationToken);

    /// <summary>
    /// Makes every missing rendition of the widths and formats from one decode of the original: it is shrunk once (with
    /// shrink-on-load) to the largest width, kept in memory, and each width is scaled from that copy. Returns how many
    /// files it made.
    /// </summary>
    public async Task<int> MakeSetAsync(OriginalImage original, IReadOnlyList<int> widths, IReadOnlyList<RenditionFormat> formats,
        CancellationToken cancellationToken = default)
    {
        var missing = new List<(int Width, RenditionFormat Format)>();
        foreach (var width in widths.Select(w => Math.Min(w, original.Width)).Distinct())
        {
            foreach (var format in formats)
            {
                if (!await storage.ExistsAsync(KeyFor(original.Id, width, format), cancellationToken))
                {
                    missing.Add((width, format));
                }
            }
        }

        if (missing.Count == 0)
        {
            return 0;
        }

        var source = await ReadOriginalAsync(original, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        await _encoders.WaitAsync(cancellationToken);
        List<(string Key, RenditionFormat Format, byte[] Bytes)> made;
        try
        {
            made = await Task.Run(() => RenderSet(source, missing)
                .Select(r => (KeyFor(original.Id, r.Width, r.Format), r.Format, r.Bytes)).ToList(), cancellationToken);
        }
        finally
        {
            _encoders.Release();
        }

        foreach (var (key, format, bytes) in made)
        {
            using var content = new MemoryStream(bytes, writable: false);
            await storage.WriteAsync(key, content, format.ContentType, cancellationToken);
        }

        logger.LogInformation("Made {Count} renditions of media asset {AssetId} ({Formats}) in {Milliseconds:0} ms", made.Count, original.Id,
            string.Join(", ", formats), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return made.Count;
    }

    /// <summary>Runs <paramref name="work"/> under the encoder limit, e.g. the reader's download copy.</summary>
    internal async Task<T> EncodeAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _encoders.WaitAsync(cancellationToken);
        try
        {
            return await Task.Run(work, cancellationToken);
        }
        finally
        {
            _encoders.Release();
        }
    }

    internal async Task<byte[]> ReadOriginalAsync(OriginalImage original, CancellationToken cancellationToken)
    {
        var stored = await storage.OpenReadAsync(original.StorageKey, cancellationToken)
            ?? throw new InvalidOperationException($"The original of media asset {original.Id} ('{original.StorageKey}') is missing.");
        var source = new byte[stored.Length];
        await using (stored.Content)
        {
            await stored.Content.ReadExactlyAsync(source, cancellationToken);
        }

        return source;
    }

    private Task<bool> Shared(string key, OriginalImage original, Func<byte[], byte[]> render, RenditionFormat format, CancellationToken cancellationToken)
    {
        var work = _inFlight.GetOrAdd(key, k => new Lazy<Task<bool>>(() => MakeAsync(k, original, render, format)));
        return work.Value.WaitAsync(cancellationToken);
    }

    private async Task<bool> MakeAsync(string key, OriginalImage original, Func<byte[], byte[]> render, RenditionFormat format)
    {
        try
        {
            // Checked inside the shared work: a request arriving just after another one finished must not redo it.
            if (await storage.ExistsAsync(key))
            {
                return false;
            }

            using var activity = DatelineTelemetry.Source.StartActivity("media.rendition");
            activity?.SetTag("dateline.media.key", key);
            var source = await ReadOriginalAsync(original, CancellationToken.None);
            var started = Stopwatch.GetTimestamp();
            var encoded = await EncodeAsync(() => render(source), CancellationToken.None);
            using (var content = new MemoryStream(encoded, writable: false))
            {
                await storage.WriteAsync(key, content, format.ContentType);
            }

            DatelineTelemetry.RenditionsMade.Add(1, new KeyValuePair<string, object?>("format", format.Extension));
            logger.LogInformation("Made rendition {Key} ({Bytes} bytes) in {Milliseconds:0} ms", key, encoded.Length,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        finally
        {
            // Only this work's entry can be under the key until it is removed here.
            _inFlight.TryRemove(key, out _);
        }
    }

    /// <summary>Scales the original to the width (never up), converts it to sRGB, drops its metadata and encodes it.</summary>
    internal static byte[] Render(byte[] original, int width, RenditionFormat format)
    {
        using var image = Upright(Image.ThumbnailBuffer(original, width, height: UnboundedHeight, size: Enums.Size.Down));
        return Encode(image, format);
    }

    /// <summary>The set's renditions from one decode; widths are already no wider than the original.</summary>
    internal static IEnumerable<(int Width, RenditionFormat Format, byte[] Bytes)> RenderSet(
        byte[] original, IReadOnlyList<(int Width, RenditionFormat Format)> wanted)
    {
        var largest = wanted.Max(w => w.Width);
        using var decoded = Upright(Image.ThumbnailBuffer(original, largest, height: UnboundedHeight, size: Enums.Size.Down));
        // One decode, held in memory (largest width × height × bands bytes), from which every smaller width is scaled.
        using var master = decoded.CopyMemory();
        foreach (var group in wanted.GroupBy(w => w.Width).OrderByDescending(g => g.Key))
        {
            using var scaled = group.Key >= master.Width ? master.Copy() : master.ThumbnailImage(group.Key, height: UnboundedHeight, size: Enums.Size.Down);
            foreach (var (width, format) in group)
            {
                yield return (width, format, Encode(scaled, format));
            }
        }
    }

    /// <summary>
    /// A focal crop: the original is shrunk on load to about the scale the crop needs, then the region (scaled alike)
    /// is cut out at the ratio's exact height.
    /// </summary>
    internal static byte[] RenderCrop(byte[] original, int originalWidth, CropRegion region, CropRatio ratio, int width, RenditionFormat format)
    {
        var scale = Math.Min(1.0, width / (double)region.Width);
        var loadWidth = Math.Max(1, (int)Math.Ceiling(originalWidth * scale));
        using var scaled = Upright(Image.ThumbnailBuffer(original, loadWidth, height: UnboundedHeight, size: Enums.Size.Down));
        var actual = scaled.Width / (double)originalWidth;
        var cropWidth = Math.Min(scaled.Width, Math.Max(1, (int)Math.Round(region.Width * actual)));
        var cropHeight = Math.Min(scaled.Height, Math.Max(1, ratio.HeightFor(cropWidth)));
        var left = Math.Clamp((int)Math.Round(region.Left * actual), 0, scaled.Width - cropWidth);
        var top = Math.Clamp((int)Math.Round(region.Top * actual), 0, scaled.Height - cropHeight);
        using var cropped = scaled.Crop(left, top, cropWidth, cropHeight);
        if (cropWidth == width)
        {
            return Encode(cropped, format);
        }

        using var exact = cropped.ThumbnailImage(width, height: ratio.HeightFor(width), crop: Enums.Interesting.Centre);
        return Encode(exact, format);
    }

    private static byte[] Encode(Image image, RenditionFormat format)
    {
        if (!format.SupportsAlpha && image.HasAlpha())
        {
            using var flat = image.Flatten(background: [255, 255, 255]);
            return format.Encode(flat);
        }

        return format.Encode(image);
    }

    /// <summary>sRGB, 8 bits per band; thumbnail has already turned it upright by its EXIF orientation.</summary>
    internal static Image Upright(Image image)
    {
        if (image.Contains("icc-profile-data"))
        {
            image = Replace(image, image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Perceptual));
        }

        if (image.Interpretation != Enums.Interpretation.Srgb)
        {
            image = Replace(image, image.Colourspace(Enums.Interpretation.Srgb));
        }

        if (image.Format != Enums.BandFormat.Uchar)
        {
            image = Replace(image, image.Cast(Enums.BandFormat.Uchar));
        }

        return image;
    }

    public void Dispose() => _encoders.Dispose();

    private static Image Replace(Image current, Image next)
    {
        current.Dispose();
        return next;
    }
}
