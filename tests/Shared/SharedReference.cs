namespace Dateline.Testing;

/// <summary>
/// The public reference data in shared/reference, linked into each test project that reads it. The folder sits
/// beside the repository clone, locally and in CI; walk up from the test binaries to find it.
/// </summary>
internal static class SharedReference
{
    public static string Folder { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(Folder, relative);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"No shared/reference folder above {AppContext.BaseDirectory}.");
    }
}
