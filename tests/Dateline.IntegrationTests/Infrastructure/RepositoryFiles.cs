namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>Files the tests read from the repository itself (tests/Reference, tests/tools), found from the test binaries.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Dateline.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Dateline.slnx above {AppContext.BaseDirectory}.");
    }
}
