namespace Dateline.BrowserTests.Infrastructure;

/// <summary>What the machine offers the browser journeys. CI (CI=true) must offer Chromium; elsewhere its absence skips.</summary>
public static class BrowserEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Debian's Chromium, or the one DATELINE_CHROMIUM names. Playwright never downloads a browser here.</summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DATELINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>Where failing journeys leave a screenshot: tests/Dateline.BrowserTests/bin/screenshots.</summary>
    public static string FailureScreenshotDirectory =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "screenshots"));

    /// <summary>Where the screenshot tour writes: DATELINE_SCREENSHOTS, else beside the failure screenshots.</summary>
    public static string TourDirectory =>
        Environment.GetEnvironmentVariable("DATELINE_SCREENSHOTS") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(FailureScreenshotDirectory, "tour");

    /// <summary>Skips the calling test without Chromium, unless in CI, where a missing browser is a failure.</summary>
    public static void RequireChromium()
    {
        if (HasChromium)
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException($"Chromium is required in CI but {ChromiumPath} does not exist (set DATELINE_CHROMIUM).");
        }

        Skip.If(true, $"Chromium is not installed at {ChromiumPath} (set DATELINE_CHROMIUM).");
    }
}
