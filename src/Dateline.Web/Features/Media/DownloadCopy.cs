using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using NetVips;

namespace Dateline.Web.Features.Media;

/// <summary>
/// The file a reader downloads: the original's pixels at full size, upright, with every piece of its own metadata
/// dropped (GPS position, camera serials, location names) and only the credit, creator and copyright written back, as
/// XMP (any script) and, where the text is ASCII, as EXIF Artist and Copyright too.
/// </summary>
public sealed record DownloadCopy(string? Credit, string? Creator, string? CopyrightNotice)
{
    /// <summary>The storage key of this copy: a new credit or copyright makes a new file.</summary>
    public string KeyFor(int assetId, string extension)
    {
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Credit}\n{Creator}\n{CopyrightNotice}")))[..12];
        return string.Create(CultureInfo.InvariantCulture, $"downloads/{assetId}/{fingerprint}{extension}");
    }

    /// <summary>The download's format: the original's, except that AVIF and GIF come as JPEG and PNG (which carry XMP).</summary>
    public static (string ContentType, string Extension) FormatFor(string originalContentType) => originalContentType switch
    {
        "image/png" or "image/gif" => ("image/png", ".png"),
        "image/webp" => ("image/webp", ".webp"),
        _ => ("image/jpeg", ".jpg"),
    };

    internal byte[] Render(byte[] original, string originalContentType)
    {
        using var loaded = Image.NewFromBuffer(original, access: Enums.Access.Sequential);
        using var upright = loaded.Autorot();
        using var srgb = RenditionStore.Upright(upright.Copy());
        using var clean = srgb.Mutate(m =>
        {
            foreach (var field in m.GetFields())
            {
                if (field.StartsWith("exif-", StringComparison.Ordinal) || field is "xmp-data" or "iptc-data" or "orientation"
                    || field.StartsWith("gps", StringComparison.OrdinalIgnoreCase) || field.StartsWith("png-comment", StringComparison.Ordinal))
                {
                    m.Remove(field);
                }
            }

            m.Set(GValue.BlobType, "xmp-data", Encoding.UTF8.GetBytes(Xmp()));
            if (IsAscii(Creator ?? Credit))
            {
                m.Set(GValue.GStrType, "exif-ifd0-Artist", Creator ?? Credit);
            }

            if (IsAscii(CopyrightNotice))
            {
                m.Set(GValue.GStrType, "exif-ifd0-Copyright", CopyrightNotice);
            }
        });

        var keep = Enums.ForeignKeep.Exif | Enums.ForeignKeep.Xmp;
        return FormatFor(originalContentType).ContentType switch
        {
            "image/png" => clean.PngsaveBuffer(compression: 6, keep: keep),
            "image/webp" => clean.WebpsaveBuffer(q: 90, keep: keep),
            _ => (clean.HasAlpha() ? clean.Flatten(background: [255, 255, 255]) : clean).JpegsaveBuffer(q: 92, optimizeCoding: true, keep: keep),
        };
    }

    private static bool IsAscii(string? text) => !string.IsNullOrEmpty(text) && text.All(c => c is >= ' ' and <= '~') && !text.Contains('(');

    private string Xmp()
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false }))
        {
            const string rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
            const string dc = "http://purl.org/dc/elements/1.1/";
            const string photoshop = "http://ns.adobe.com/photoshop/1.0/";
            xml.WriteStartElement("x", "xmpmeta", "adobe:ns:meta/");
            xml.WriteStartElement("rdf", "RDF", rdf);
            xml.WriteStartElement("rdf", "Description", rdf);
            xml.WriteAttributeString("rdf", "about", rdf, "");
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "photoshop", null, photoshop);
            if (!string.IsNullOrWhiteSpace(Credit))
            {
                xml.WriteElementString("photoshop", "Credit", photoshop, Credit);
            }

            if (!string.IsNullOrWhiteSpace(Creator))
            {
                xml.WriteStartElement("dc", "creator", dc);
                xml.WriteStartElement("rdf", "Seq", rdf);
                xml.WriteElementString("rdf", "li", rdf, Creator);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            if (!string.IsNullOrWhiteSpace(CopyrightNotice))
            {
                xml.WriteStartElement("dc", "rights", dc);
                xml.WriteStartElement("rdf", "Alt", rdf);
                xml.WriteStartElement("rdf", "li", rdf);
                xml.WriteAttributeString("xml", "lang", null, "x-default");
                xml.WriteString(CopyrightNotice);
                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>" + text + "<?xpacket end=\"w\"?>";
    }
}
