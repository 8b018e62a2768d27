namespace Dateline.Testing;

/// <summary>
/// The public reference data in the repository's tests/Reference folder, which each test project that reads it copies
/// beside its binaries (see the project file). Nothing is looked up outside the build output.
/// </summary>
internal static class ReferenceData
{
    public static string Folder { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    private static string Find()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Reference");
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"No Reference folder in {AppContext.BaseDirectory}: the test project must copy tests/Reference to its output.");
    }
}
