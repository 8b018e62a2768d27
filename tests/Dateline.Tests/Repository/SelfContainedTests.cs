using System.Text.RegularExpressions;

namespace Dateline.Tests.Repository;

/// <summary>
/// A clone of the repository alone must build, run and pass its tests: nothing under src/, tests/, bench/ or .ci/
/// may read data from a folder beside the clone (the reference data lives in tests/Reference).
/// </summary>
public sealed partial class SelfContainedTests
{
    private static readonly string[] CheckedFolders = ["src", "tests", "bench", ".ci"];

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git" };

    // Pieced together so that this file does not match itself.
    [GeneratedRegex(@"\.\./" + "shared|" + "shared/" + @"(reference|seed)\b")]
    private static partial Regex OutsideReference();

    [Fact]
    public void No_file_refers_to_reference_data_outside_the_repository()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        foreach (var folder in CheckedFolders)
        {
            foreach (var file in Files(Path.Combine(root, folder)))
            {
                var text = File.ReadAllText(file);
                if (OutsideReference().Match(text) is { Success: true } match)
                {
                    offenders.Add($"{Path.GetRelativePath(root, file)}: \"{match.Value}\"");
                }
            }
        }

        Assert.True(offenders.Count == 0, "These files refer to data outside the repository:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void The_check_finds_a_reference_outside_the_repository() =>
        Assert.Matches(OutsideReference(), "File.ReadAllText(\"../" + "shared" + "/reference/weather/x.json\")");

    private static IEnumerable<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            if (!IsBinary(file))
            {
                yield return file;
            }
        }

        foreach (var child in Directory.EnumerateDirectories(folder))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(child)))
            {
                foreach (var file in Files(child))
                {
                    yield return file;
                }
            }
        }
    }

    private static bool IsBinary(string file) =>
        Path.GetExtension(file).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".webp" or ".avif" or ".gif" or ".ico" or ".woff2" or ".gz" or ".br" or ".dll";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dateline.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Dateline.slnx above {AppContext.BaseDirectory}.");
    }
}
