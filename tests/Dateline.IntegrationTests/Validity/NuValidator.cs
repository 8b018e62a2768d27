using System.Diagnostics;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Validity;

/// <summary>
/// The W3C Nu HTML Checker (vnu.jar), run offline. The jar comes from the npm package pinned in tests/tools
/// (package.json + package-lock.json) and is installed there with <c>npm ci</c> the first time it is needed; Java 17+
/// runs it. Without Java or npm the calling test skips, except in CI, where that is a failure.
/// </summary>
public static class NuValidator
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    public static string ToolsDirectory => Path.Combine(RepositoryFiles.Root, "tests", "tools");

    public static string JarPath => Path.Combine(ToolsDirectory, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>Makes sure the jar is there (installing it if need be) and Java can run it; skips or fails otherwise.</summary>
    public static async Task RequireAsync()
    {
        TestEnvironment.RequireOrSkip(FindOnPath("java") is not null, "Java 17+ (runs the Nu HTML validator)");
        await InstallLock.WaitAsync();
        try
        {
            if (File.Exists(JarPath))
            {
                return;
            }

            TestEnvironment.RequireOrSkip(FindOnPath("npm") is not null, "npm (installs the Nu HTML validator from tests/tools)");
            // --ignore-scripts: the package's postinstall would fetch a Java runtime from outside the npm registry;
            // the machine's own Java is used instead.
            var (exitCode, output, error) = await RunAsync(FindOnPath("npm")!, ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], ToolsDirectory);
            if (exitCode != 0 || !File.Exists(JarPath))
            {
                throw new InvalidOperationException($"npm ci in {ToolsDirectory} failed ({exitCode}):\n{output}\n{error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    /// <summary>Checks every file (HTML, and CSS by its extension) in one run of the validator.</summary>
    public static async Task<IReadOnlyList<NuMessage>> CheckAsync(IEnumerable<string> files)
    {
        var arguments = new List<string> { "-jar", JarPath, "--format", "json", "--stdout", "--also-check-css" };
        arguments.AddRange(files);
        var (exitCode, output, error) = await RunAsync(FindOnPath("java")!, arguments, ToolsDirectory);

        // The validator exits 1 when it found errors; anything else without a JSON report is a broken run.
        if (string.IsNullOrWhiteSpace(output) || exitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"vnu.jar exited {exitCode} without a report:\n{output}\n{error}");
        }

        using var report = JsonDocument.Parse(output);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray().Select(NuMessage.From)];
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        using var timeout = new CancellationTokenSource(Timeout);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} took longer than {Timeout}.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
