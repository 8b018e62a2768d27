using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>
/// Runs Dateline's command-line verbs against a test site's database: in-process through the registered verbs, or as
/// the real binary (<c>dotnet Dateline.Web.dll …</c>) with standard input from a pipe or from a terminal.
/// </summary>
internal static class DatelineBinary
{
    public sealed record Run(int ExitCode, string Output, string Error);

    /// <summary>In-process: every registered verb under one root, as <see cref="DatelineCli"/> builds it.</summary>
    public static async Task<Run> InProcessAsync(DatelineFactory site, params string[] args)
    {
        var root = new RootCommand();
        foreach (var verb in site.Services.GetServices<ICliVerb>())
        {
            root.Subcommands.Add(verb.CreateCommand(site.Services));
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return new Run(exit, output.ToString(), error.ToString());
    }

    /// <summary>The real binary as its own process, with <paramref name="input"/> piped to its standard input.</summary>
    public static async Task<Run> ProcessAsync(DatelineFactory site, string input, params string[] args)
    {
        var start = Start(site, "dotnet");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await WaitAsync(process);
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// The real binary on a pseudo-terminal (util-linux <c>script</c>): each answer is typed once the text before it
    /// has appeared, as a person at a terminal would. Output and error arrive mixed, as on a screen.
    /// </summary>
    public static async Task<Run> OnTerminalAsync(DatelineFactory site, IReadOnlyList<(string Prompt, string Answer)> dialogue, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Dll }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
        var start = Start(site, "script");
        foreach (var arg in new[] { "--quiet", "--return", "--command", command, "/dev/null" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var screen = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[256];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (screen)
                {
                    screen.Append(buffer, 0, read);
                }
            }
        });
        var seen = 0;
        foreach (var (prompt, answer) in dialogue)
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                string text;
                lock (screen)
                {
                    text = screen.ToString();
                }

                var at = text.IndexOf(prompt, seen, StringComparison.Ordinal);
                if (at >= 0)
                {
                    seen = at + prompt.Length;
                    break;
                }

                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException($"The terminal never showed '{prompt}':\n{text}");
                }

                await Task.Delay(50);
            }

            await process.StandardInput.WriteAsync(answer + "\r");
            await process.StandardInput.FlushAsync();
        }

        await WaitAsync(process);
        await reading;
        return new Run(process.ExitCode, screen.ToString(), await process.StandardError.ReadToEndAsync());
    }

    public static bool HasTerminalEmulator => File.Exists("/usr/bin/script");

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "Dateline.Web.dll");

    private static ProcessStartInfo Start(DatelineFactory site, string file)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // As an operator runs it: from the folder of the build, whose appsettings.json applies.
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["Dateline__DataPath"] = site.DataPath;
        start.Environment["Dateline__SeedDemoContent"] = "false";
        start.Environment["Database__Provider"] = site.Provider.ToString();
        start.Environment["ConnectionStrings__Dateline"] = site.ConnectionString;
        return start;
    }

    private static async Task WaitAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The Dateline binary did not exit within two minutes.");
        }
    }
}
