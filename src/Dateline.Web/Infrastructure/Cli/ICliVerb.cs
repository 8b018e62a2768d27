using System.CommandLine;

namespace Dateline.Web.Infrastructure.Cli;

/// <summary>
/// A command-line verb of the Dateline binary (<c>users</c>, <c>tokens</c>, <c>search</c>, <c>backup</c>…). A feature
/// registers its verbs as <c>services.AddSingleton&lt;ICliVerb, …&gt;()</c>; <see cref="DatelineCli"/> runs them with the
/// host built but not started, so no web server and no background service runs. A verb that needs the database calls
/// <see cref="DatelineCli.PrepareDatabaseAsync"/> itself (a restore, say, must not migrate first).
/// </summary>
public interface ICliVerb
{
    /// <summary>The verb's name: the first argument that selects it.</summary>
    string Name { get; }

    /// <summary>Builds the verb's command; its actions resolve what they need from <paramref name="services"/>.</summary>
    Command CreateCommand(IServiceProvider services);
}
