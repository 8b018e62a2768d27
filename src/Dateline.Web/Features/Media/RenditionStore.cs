using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dateline.Web.Infrastructure.Telemetry;
using NetVips;

namespace Dateline.Web.Features.Media;

/// <summary>
/// Renditions in <see cref="IMediaStorage"/> under <c>renditions/{id}/{width}.{format}</c>, made from the original the
/// first time they are wanted. Requests wider than the original get the original's size (never upscaled), stored once
/// under the original's width.
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
        var work = _inFlight.GetOrAdd(key, k => new Lazy<Task<bool>>(() => MakeAsync(k, original, Math.Min(width, original.Width), format)));
        return work.Value.WaitAsync(cancellationToken);
    }

    private async Task<bool> MakeAsync(string key, OriginalImage original, int width, RenditionFormat format)
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
            var stored = await storage.OpenReadAsync(original.StorageKey)
                ?? throw new InvalidOperationException($"The original of media asset {original.Id} ('{original.StorageKey}') is missing.");
            var source = new byte[stored.Length];
            await using (stored.Content)
            {
                await stored.Content.ReadExactlyAsync(source);
            }

            await _encoders.WaitAsync();
            byte[] encoded;
            var started = Stopwatch.GetTimestamp();
            try
            {
                encoded = await Task.Run(() => Render(source, width, format));
            }
            finally
            {
                _encoders.Release();
            }

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
        var image = Image.ThumbnailBuffer(original, width, height: UnboundedHeight, size: Enums.Size.Down);
        try
        {
            if (image.Contains("icc-profile-data"))
            {
                image = Replace(image, image.IccTransform("srgb", embedded: true, intent: Enums.Intent.Perceptual));
            }

            if (image.Interpretation != Enums.Interpretation.Srgb)
            {
                image = Replace(image, image.Colourspace(Enums.Interpretation.Srgb));
            }

            if (!format.SupportsAlpha && image.HasAlpha())
            {
                image = Replace(image, image.Flatten(background: [255, 255, 255]));
            }

            if (image.Format != Enums.BandFormat.Uchar)
            {
                image = Replace(image, image.Cast(Enums.BandFormat.Uchar));
            }

            return format.Encode(image);
        }
        finally
        {
            image.Dispose();
        }
    }

    public void Dispose() => _encoders.Dispose();

    private static Image Replace(Image current, Image next)
    {
        current.Dispose();
        return next;
    }
}
