using System.Xml;
using System.Xml.Schema;

namespace Dateline.IntegrationTests.Sitemaps;

/// <summary>Validates sitemaps against the schemas in tests/Reference/seo (see its README).</summary>
public static class SitemapSchemas
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Reference", "seo");

    /// <summary>Every schema error and warning in the document: a sitemap index, or a urlset with its extensions.</summary>
    public static IReadOnlyList<string> Validate(string xml)
    {
        var schemas = new XmlSchemaSet();
        if (xml.Contains("<sitemapindex", StringComparison.Ordinal))
        {
            schemas.Add(null, Path.Combine(Folder, "siteindex-0.9.xsd"));
        }
        else
        {
            schemas.Add(null, Path.Combine(Folder, "sitemap-0.9.xsd"));
            schemas.Add(null, Path.Combine(Folder, "sitemap-news-0.9.xsd"));
            schemas.Add(null, Path.Combine(Folder, "xhtml-link.xsd"));
        }

        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return problems;
    }
}
