using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Dateline.IntegrationTests.Feeds;

/// <summary>
/// The RSS 2.0 and Atom 1.0 rules that the feedvalidator cases in tests/Reference/feeds exercise, with feedvalidator's
/// names and severities: required channel and feed elements, RFC 822 and RFC 3339 dates, ISO 639 languages, unique
/// GUIDs, complete enclosures, content:encoded after a description, authors, and the self link. Not the whole
/// validator; <see cref="FeedRulesTests"/> proves each rule against the case that exercises it.
/// </summary>
public static partial class FeedRules
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public static IReadOnlyList<FeedFinding> Check(XDocument document)
    {
        var findings = new List<FeedFinding>();
        var root = document.Root ?? throw new ArgumentException("Empty document.", nameof(document));
        if (root.Name == "rss")
        {
            CheckRss(root, findings);
        }
        else if (root.Name == Atom + "feed")
        {
            CheckAtom(root, findings);
        }
        else
        {
            findings.Add(new("UndefinedElement", true, root.Name.ToString()));
        }

        return findings;
    }

    private static void CheckRss(XElement rss, List<FeedFinding> findings)
    {
        if ((string?)rss.Attribute("version") != "2.0")
        {
            findings.Add(new("InvalidVersion", true, "rss"));
        }

        if (rss.Element("channel") is not { } channel)
        {
            findings.Add(new("MissingElement", true, "rss/channel"));
            return;
        }

        Require(channel, "title", "MissingTitle", findings);
        Require(channel, "link", "MissingLink", findings);
        Require(channel, "description", "MissingDescription", findings);
        if (channel.Element("link") is { } link && !IsAbsoluteUrl(link.Value))
        {
            findings.Add(new("InvalidURLAttribute", true, "channel/link"));
        }

        if (channel.Element("language") is { } language && !IsIso639(language.Value))
        {
            findings.Add(new("InvalidLanguage", true, "channel/language"));
        }

        foreach (var date in channel.Elements("pubDate").Concat(channel.Elements("lastBuildDate")))
        {
            CheckRfc822(date, "channel", findings);
        }

        if (!channel.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "self"))
        {
            findings.Add(new("MissingSelf", false, "channel"));
        }

        var guids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, index) in channel.Elements("item").Select((e, i) => (e, i)))
        {
            var where = $"item[{index}]";
            if (item.Element("title") is null && item.Element("description") is null)
            {
                findings.Add(new("ItemMustContainTitleOrDescription", true, where));
            }

            if (item.Element("link") is { } itemLink && !IsAbsoluteUrl(itemLink.Value))
            {
                findings.Add(new("InvalidURLAttribute", true, where + "/link"));
            }

            foreach (var date in item.Elements("pubDate"))
            {
                CheckRfc822(date, where, findings);
            }

            if (item.Element("guid") is { } guid)
            {
                if (!guids.Add(guid.Value.Trim()))
                {
                    findings.Add(new("DuplicateValue", false, where + "/guid"));
                }

                var permaLink = (string?)guid.Attribute("isPermaLink");
                if (permaLink is not (null or "true" or "false"))
                {
                    findings.Add(new("InvalidBooleanAttribute", true, where + "/guid"));
                }
                else if (permaLink != "false" && !IsAbsoluteUrl(guid.Value))
                {
                    findings.Add(new("InvalidHttpGUID", true, where + "/guid"));
                }
            }

            foreach (var enclosure in item.Elements("enclosure"))
            {
                foreach (var attribute in new[] { "url", "length", "type" })
                {
                    if (enclosure.Attribute(attribute) is null)
                    {
                        findings.Add(new("MissingAttribute", true, $"{where}/enclosure@{attribute}"));
                    }
                }

                if ((string?)enclosure.Attribute("length") is { } length && !long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    findings.Add(new("InvalidIntegerAttribute", true, where + "/enclosure@length"));
                }

                if ((string?)enclosure.Attribute("url") is { } url && !IsAbsoluteUrl(url))
                {
                    findings.Add(new("InvalidURLAttribute", true, where + "/enclosure@url"));
                }
            }

            // feedvalidator wants the plain description first, so readers without the content module still have text.
            var elements = item.Elements().ToList();
            var contentAt = elements.FindIndex(e => e.Name == Content + "encoded");
            var descriptionAt = elements.FindIndex(e => e.Name == "description");
            if (contentAt >= 0 && (descriptionAt < 0 || descriptionAt > contentAt))
            {
                findings.Add(new("NeedDescriptionBeforeContent", false, where));
            }
        }
    }

    private static void CheckAtom(XElement feed, List<FeedFinding> findings)
    {
        foreach (var required in new[] { "id", "title", "updated" })
        {
            if (feed.Element(Atom + required) is null)
            {
                findings.Add(new("MissingElement", true, $"feed/{required}"));
            }
        }

        foreach (var date in feed.Elements(Atom + "updated"))
        {
            CheckRfc3339(date, "feed", findings);
        }

        if (!feed.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") == "self"))
        {
            findings.Add(new("MissingSelf", false, "feed"));
        }

        var feedHasAuthor = feed.Element(Atom + "author") is not null;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entry, index) in feed.Elements(Atom + "entry").Select((e, i) => (e, i)))
        {
            var where = $"entry[{index}]";
            foreach (var required in new[] { "id", "title", "updated" })
            {
                if (entry.Element(Atom + required) is null)
                {
                    findings.Add(new("MissingElement", true, $"{where}/{required}"));
                }
            }

            if (entry.Element(Atom + "id") is { } id && !ids.Add(id.Value.Trim()))
            {
                findings.Add(new("DuplicateEntries", false, where + "/id"));
            }

            foreach (var date in entry.Elements(Atom + "updated").Concat(entry.Elements(Atom + "published")))
            {
                CheckRfc3339(date, where, findings);
            }

            var hasAlternate = entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate");
            if (!hasAlternate && entry.Element(Atom + "content") is null)
            {
                findings.Add(new("MissingContentOrAlternate", true, where));
            }

            if (!feedHasAuthor && entry.Element(Atom + "author") is null && entry.Element(Atom + "source")?.Element(Atom + "author") is null)
            {
                findings.Add(new("MissingElement", true, where + "/author"));
            }

            foreach (var link in entry.Elements(Atom + "link"))
            {
                if ((string?)link.Attribute("href") is not { } href || !Uri.TryCreate(href, UriKind.RelativeOrAbsolute, out _))
                {
                    findings.Add(new("InvalidURIAttribute", true, where + "/link@href"));
                }
                else if ((string?)link.Attribute("rel") == "enclosure" && (string?)link.Attribute("length") is { } length
                    && !long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    findings.Add(new("InvalidIntegerAttribute", true, where + "/link@length"));
                }
            }
        }
    }

    private static void Require(XElement parent, string name, string rule, List<FeedFinding> findings)
    {
        if (parent.Element(name) is null)
        {
            findings.Add(new(rule, true, $"{parent.Name.LocalName}/{name}"));
        }
    }

    private static void CheckRfc822(XElement date, string where, List<FeedFinding> findings)
    {
        if (!Rfc822().IsMatch(date.Value.Trim()))
        {
            findings.Add(new("InvalidRFC2822Date", true, $"{where}/{date.Name.LocalName}"));
        }
    }

    private static void CheckRfc3339(XElement date, string where, List<FeedFinding> findings)
    {
        if (!Rfc3339().IsMatch(date.Value.Trim()))
        {
            findings.Add(new("InvalidRFC3339Date", true, $"{where}/{date.Name.LocalName}"));
        }
    }

    private static bool IsAbsoluteUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>An ISO 639 code (two or three letters), optionally with a region or script subtag, as RSS 2.0 allows.</summary>
    private static bool IsIso639(string value) => Iso639().IsMatch(value.Trim());

    [GeneratedRegex(@"^((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(:\d{2})? (UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Z]|[+-]\d{4})$")]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();

    [GeneratedRegex(@"^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$")]
    private static partial Regex Iso639();
}
