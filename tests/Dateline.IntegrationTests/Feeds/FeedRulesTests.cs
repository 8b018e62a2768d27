using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Dateline.IntegrationTests.Feeds;

/// <summary>
/// Holds <see cref="FeedRules"/> to feedvalidator's own expectations, so the rules Dateline's feeds are checked
/// against mean what the validator means.
/// </summary>
public sealed partial class FeedRulesTests
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Reference", "feeds");

    public static TheoryData<string> Cases() => [.. Directory.GetFiles(Folder, "*.xml").Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public void Every_reference_case_listed_in_the_index_is_in_the_repository()
    {
        var index = File.ReadAllText(Path.Combine(Folder, "INDEX.md"));
        var listed = IndexRow().Matches(index).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(20, listed.Count);
        Assert.Equal(listed.Order(), Directory.GetFiles(Folder, "*.xml").Select(f => Path.GetFileName(f)).Order());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rules_report_what_feedvalidator_expects_of_each_reference_case(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file));
        var expect = ExpectLine().Match(text).Groups[1].Value.Trim();
        var findings = FeedRules.Check(XDocument.Parse(text));

        if (expect == "!Error")
        {
            Assert.DoesNotContain(findings, f => f.IsError);
        }
        else if (expect.StartsWith("Valid", StringComparison.Ordinal))
        {
            // A positive check ("ValidRFC2822Date{…}"): the element it names passes.
            Assert.DoesNotContain(findings, f => f.IsError);
        }
        else
        {
            var rule = expect.Split('{')[0];
            Assert.Contains(findings, f => f.Rule == rule);
        }
    }

    [GeneratedRegex(@"Expect:\s+(\S+)")]
    private static partial Regex ExpectLine();

    [GeneratedRegex(@"^\| (\S+\.xml) \|", RegexOptions.Multiline)]
    private static partial Regex IndexRow();
}
