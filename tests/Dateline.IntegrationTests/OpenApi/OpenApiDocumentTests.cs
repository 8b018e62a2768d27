using System.Diagnostics;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.OpenApi;

public sealed class OpenApiDocumentTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    [Fact]
    public async Task The_document_lists_every_api_endpoint_with_its_security()
    {
        var client = factory.CreateClient();
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;
        var paths = root.GetProperty("paths");

        var apiRoutes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal))
            .Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\{(\w+)(:[^}]*)?\}", "{$1}").TrimEnd('/'))
            .Distinct()
            .ToList();
        var documented = paths.EnumerateObject().Select(p => p.Name.TrimEnd('/')).ToHashSet();
        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        var list = paths.GetProperty("/api/v1/content/articles").GetProperty("get");

        Assert.NotEmpty(apiRoutes);
        Assert.All(apiRoutes, route => Assert.Contains(route, documented));
        Assert.Equal("apiKey", schemes.GetProperty("ApiKey").GetProperty("type").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Contains(list.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("ApiKey", out _));
        Assert.True(list.GetProperty("responses").GetProperty("429").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(paths.GetProperty("/api/v1/content/articles/{id}/ninjs").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").TryGetProperty("application/ninjs+json", out _));
    }

    [Fact]
    public async Task The_reference_page_shows_every_operation_under_the_sites_strict_policy()
    {
        var response = await factory.CreateClient().GetAsync("/api-reference");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<code>/api/v1/content/articles/{id}/ninjs</code>", html);
        Assert.Contains("X-Api-Key", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("style=", html);
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
    }

    [SkippableFact]
    public async Task The_document_passes_Redocly_recommended_lint_without_errors()
    {
        var redocly = await RequireRedoclyAsync();
        var json = await factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var file = Path.Combine(Path.GetTempPath(), $"dateline-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, json);
        try
        {
            var (exit, output) = await RunAsync("node", [redocly, "lint", file, "--extends=recommended"], Path.GetDirectoryName(redocly)!);

            Assert.True(exit == 0, $"redocly lint exited {exit}:\n{output}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>Installs the pinned Redocly CLI into tests/tools/redocly on first use (npm ci); skips without node and npm outside CI.</summary>
    private static async Task<string> RequireRedoclyAsync()
    {
        TestEnvironment.RequireOrSkip(OnPath("node") && OnPath("npm"), "Node.js and npm (run Redocly CLI)");
        var folder = RepositoryFiles.PathOf("tests", "tools", "redocly");
        var cli = Path.Combine(folder, "node_modules", "@redocly", "cli", "bin", "cli.js");
        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(cli))
            {
                var (exit, output) = await RunAsync("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], folder);
                Assert.True(exit == 0 && File.Exists(cli), $"npm ci in {folder} failed ({exit}):\n{output}");
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return cli;
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, name)));

    private static async Task<(int Exit, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string directory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // No telemetry and no update check: the run must not reach the network.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
