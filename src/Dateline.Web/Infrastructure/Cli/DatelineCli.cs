using System.CommandLine;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Infrastructure.Cli;

/// <summary>
/// Runs the binary as a command-line tool when its first argument names a registered <see cref="ICliVerb"/>:
/// <c>dotnet run --project src/Dateline.Web -- users create …</c> or <c>dotnet Dateline.Web.dll users create …</c>.
/// Configuration comes from appsettings and the environment as for the site.
/// </summary>
public static class DatelineCli
{
    /// <summary>
    /// Verb names known before the host is built, so that the verb's own arguments are not read as configuration.
    /// A feature adding a verb adds its name here too; a test checks the two lists agree.
    /// </summary>
    public static readonly IReadOnlySet<string> VerbNames = new HashSet<string>(StringComparer.Ordinal)
    {
        "backup",
        "apikeys",
        "search",
        "users",
        "tokens",
        "webhooks",
    };

    public static bool IsVerb(string[] args) => args.Length > 0 && VerbNames.Contains(args[0]);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var root = new RootCommand("Dateline: run without arguments to serve the site.");
        foreach (var verb in app.Services.GetServices<ICliVerb>())
        {
            root.Subcommands.Add(verb.CreateCommand(app.Services));
        }

        return await root.Parse(args).InvokeAsync();
    }

    /// <summary>Migrates (when configured) and runs the startup data steps, exactly as the site does on start.</summary>
    public static Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.PrepareDatabaseAsync(cancellationToken);
}
