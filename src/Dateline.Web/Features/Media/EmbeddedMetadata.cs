using MetadataExtractor;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;

namespace Dateline.Web.Features.Media;

/// <summary>
/// The descriptive fields a photo carries from its agency or camera, read from XMP first and IPTC IIM second (the
/// IPTC Photo Metadata guidance: XMP is the current form, IIM the legacy one a photo may still carry alone).
/// </summary>
public sealed record EmbeddedMetadata(
    string? Caption, string? Credit, string? Source, string? CopyrightNotice, string? Creator, IReadOnlyList<string> Keywords)
{
    public static readonly EmbeddedMetadata None = new(null, null, null, null, null, []);

    /// <summary>Reads what the image carries; unreadable or missing metadata yields <see cref="None"/>, never an error.</summary>
    public static EmbeddedMetadata Read(Stream image)
    {
        IReadOnlyList<MetadataExtractor.Directory> directories;
        try
        {
            directories = ImageMetadataReader.ReadMetadata(image);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or ArgumentException or IndexOutOfRangeException)
        {
            // Metadata only pre-fills a form; a photo whose metadata blocks are damaged is still a photo.
            return None;
        }

        var xmp = directories.OfType<XmpDirectory>().FirstOrDefault()?.GetXmpProperties() ?? new Dictionary<string, string>();
        var iptc = directories.OfType<IptcDirectory>().FirstOrDefault();

        string? Pick(string xmpPath, int iptcTag) =>
            Clean(xmp.TryGetValue(xmpPath, out var value) ? value : null) ?? Clean(iptc?.GetString(iptcTag));

        var keywords = Sequence(xmp, "dc:subject");
        if (keywords.Count == 0 && iptc?.GetStringArray(IptcDirectory.TagKeywords) is { } iimKeywords)
        {
            keywords = [.. iimKeywords.Select(Clean).OfType<string>()];
        }

        var creators = Sequence(xmp, "dc:creator");
        return new EmbeddedMetadata(
            Caption: Pick("dc:description[1]", IptcDirectory.TagCaption),
            Credit: Pick("photoshop:Credit", IptcDirectory.TagCredit),
            Source: Pick("photoshop:Source", IptcDirectory.TagSource),
            CopyrightNotice: Pick("dc:rights[1]", IptcDirectory.TagCopyrightNotice),
            Creator: creators.Count > 0 ? string.Join(", ", creators) : Clean(iptc?.GetString(IptcDirectory.TagByLine)),
            Keywords: keywords.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
    }

    /// <summary>The keywords as stored on the asset, cut to the column's length at a whole keyword.</summary>
    public string? JoinedKeywords()
    {
        var joined = "";
        foreach (var keyword in Keywords)
        {
            var next = joined.Length == 0 ? keyword : joined + ", " + keyword;
            if (next.Length > MediaAsset.MaxKeywordsLength)
            {
                break;
            }

            joined = next;
        }

        return joined.Length == 0 ? null : joined;
    }

    private static List<string> Sequence(IDictionary<string, string> xmp, string property)
    {
        var items = new List<string>();
        for (var i = 1; xmp.TryGetValue($"{property}[{i}]", out var value); i++)
        {
            if (Clean(value) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    // Agency tools pad fields and leave control characters behind; neither belongs in a caption.
    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = new string(value.Where(c => !char.IsControl(c) || c is '\n').ToArray()).Trim();
        return text.Length == 0 ? null : text.Normalize(System.Text.NormalizationForm.FormC);
    }
}
