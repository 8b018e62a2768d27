using System.CommandLine;
using Dateline.Web.Infrastructure.Cli;

namespace Dateline.Web.Features.Accounts.Cli;

/// <summary>What the <c>users</c> and <c>tokens</c> verbs share: the database, options, and how they refuse.</summary>
internal static class AccountsCommandLine
{
    /// <summary>Exit code of a refused command; its one-line reason is on standard error.</summary>
    public const int Refused = 1;

    public static Option<string> EmailOption(string description = "The user's email address.") =>
        new("--email") { Description = description, Required = true };

    /// <summary>Migrates the database as the site would, then runs <paramref name="action"/> in a scope of its own.</summary>
    public static async Task<int> InScopeAsync(
        IServiceProvider services, Func<IServiceProvider, Task<int>> action, CancellationToken cancellationToken)
    {
        await DatelineCli.PrepareDatabaseAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public static async Task<int> RefuseAsync(ParseResult parse, string reason)
    {
        await parse.InvocationConfiguration.Error.WriteLineAsync(reason);
        return Refused;
    }

    public static Task WriteAsync(ParseResult parse, string line) => parse.InvocationConfiguration.Output.WriteLineAsync(line);

    public static string NoSuchUser(string email) => $"There is no user with the email {email}.";
}
