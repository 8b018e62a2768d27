using NetVips;

namespace Dateline.Web.Features.Media;

/// <summary>An encoding renditions are offered in, with the settings that trade size for quality.</summary>
public sealed class RenditionFormat
{
    public static readonly RenditionFormat Webp = new("webp", "image/webp", image =>
        image.WebpsaveBuffer(q: 75, effort: 4, smartSubsample: true, keep: Enums.ForeignKeep.None));

    public static readonly RenditionFormat Jpeg = new("jpg", "image/jpeg", image =>
        image.JpegsaveBuffer(q: 80, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None));

    // Effort 3 of 9: AVIF is made on demand, so a reader waits for the first encode.
    public static readonly RenditionFormat Avif = new("avif", "image/avif", image =>
        image.HeifsaveBuffer(q: 50, compression: Enums.ForeignHeifCompression.Av1, effort: 3, bitdepth: 8, keep: Enums.ForeignKeep.None));

    private readonly Func<Image, byte[]> _encode;

    private RenditionFormat(string extension, string contentType, Func<Image, byte[]> encode)
    {
        Extension = extension;
        ContentType = contentType;
        _encode = encode;
    }

    /// <summary>The URL and storage extension, without a dot.</summary>
    public string Extension { get; }

    public string ContentType { get; }

    /// <summary>JPEG has no alpha channel, so transparent originals are flattened onto white for it.</summary>
    public bool SupportsAlpha => this != Jpeg;

    /// <summary>The format for a URL extension (lower case, as <see cref="MediaUrls"/> writes it), or null.</summary>
    public static RenditionFormat? FromExtension(string extension) => extension switch
    {
        "webp" => Webp,
        "jpg" => Jpeg,
        "avif" => Avif,
        _ => null,
    };

    internal byte[] Encode(Image image) => _encode(image);

    public override string ToString() => Extension;
}
