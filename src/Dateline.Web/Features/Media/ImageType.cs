namespace Dateline.Web.Features.Media;

/// <summary>
/// An accepted upload format, recognised from the file's first bytes. The name and the Content-Type a browser sends
/// are the client's guesses (an HTML page renamed to .jpg is still HTML), so neither is ever consulted.
/// </summary>
public sealed class ImageType
{
    public static readonly ImageType Jpeg = new("JPEG", "image/jpeg", ".jpg");
    public static readonly ImageType Png = new("PNG", "image/png", ".png");
    public static readonly ImageType Webp = new("WebP", "image/webp", ".webp");
    public static readonly ImageType Avif = new("AVIF", "image/avif", ".avif");
    public static readonly ImageType Gif = new("GIF", "image/gif", ".gif");

    /// <summary>How many leading bytes <see cref="Sniff"/> wants; fewer simply recognise fewer formats.</summary>
    public const int HeaderLength = 64;

    private ImageType(string name, string contentType, string extension)
    {
        Name = name;
        ContentType = contentType;
        Extension = extension;
    }

    public string Name { get; }

    public string ContentType { get; }

    /// <summary>With its dot, e.g. <c>.jpg</c>.</summary>
    public string Extension { get; }

    /// <summary>The format the bytes begin with, or null when they are none of the accepted ones.</summary>
    public static ImageType? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }

        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Png;
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return Gif;
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return Webp;
        }

        return IsAvif(header) ? Avif : null;
    }

    // An ISO-BMFF file opens with an 'ftyp' box: size, 'ftyp', major brand, minor version, then compatible brands.
    // AVIF still images and sequences say 'avif' or 'avis' in the major or a compatible brand.
    private static bool IsAvif(ReadOnlySpan<byte> header)
    {
        if (header.Length < 16 || !header[4..8].SequenceEqual("ftyp"u8))
        {
            return false;
        }

        var boxSize = (header[0] << 24) | (header[1] << 16) | (header[2] << 8) | header[3];
        if (boxSize < 16)
        {
            return false;
        }

        var end = Math.Min(boxSize, header.Length);
        for (var offset = 8; offset + 4 <= end; offset += 4)
        {
            if (offset == 12)
            {
                continue; // minor version, not a brand
            }

            var brand = header.Slice(offset, 4);
            if (brand.SequenceEqual("avif"u8) || brand.SequenceEqual("avis"u8))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => Name;
}
