using System.CommandLine;
using System.Globalization;
using Dateline.Web.Infrastructure.Cli;

namespace Dateline.Web.Features.ContentApi.ApiKeys;

/// <summary>
/// <c>apikeys create --name "Partner"</c> (prints the key once), <c>apikeys list</c>, <c>apikeys revoke --id 3</c>.
/// The same as the newsroom's /newsroom/api-keys page, for an administrator on the server.
/// </summary>
internal sealed class ApiKeysVerb : ICliVerb
{
    public const string VerbName = "apikeys";

    public string Name => VerbName;

    public Command CreateCommand(IServiceProvider services)
    {
        var command = new Command(VerbName, "Create, list and revoke content API keys.");

        var name = new Option<string>("--name") { Description = "Who the key is for (shown in lists).", Required = true };
        var create = new Command("create", "Create a key and print it; it is not shown again.") { name };
        create.SetAction(async (parse, cancellationToken) =>
        {
            var keyName = parse.GetValue(name)!;
            if (string.IsNullOrWhiteSpace(keyName) || keyName.Length > 200)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("--name must be 1 to 200 characters.");
                return 2;
            }

            var created = await RunAsync(services, (store, ct) => store.CreateAsync(keyName, ct), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                string.Create(CultureInfo.InvariantCulture, $"Created key {created.Id} for {created.Name}. Send it in the {ApiKeyRequirement.HeaderName} header:\n{created.Key}"));
            return 0;
        });

        var id = new Option<int>("--id") { Description = "The key's id (see apikeys list).", Required = true };
        var revoke = new Command("revoke", "Revoke a key; requests with it are refused from now on.") { id };
        revoke.SetAction(async (parse, cancellationToken) =>
        {
            var keyId = parse.GetValue(id);
            if (!await RunAsync(services, (store, ct) => store.RevokeAsync(keyId, ct), cancellationToken))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"There is no key {keyId}."));
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Revoked key {keyId}."));
            return 0;
        });

        var list = new Command("list", "List keys (their prefixes, never the keys).");
        list.SetAction(async (parse, cancellationToken) =>
        {
            var keys = await RunAsync(services, (store, ct) => store.ListAsync(ct), cancellationToken);
            foreach (var key in keys)
            {
                var state = key.RevokedAt is { } at ? "revoked " + at.ToString("u", CultureInfo.InvariantCulture) : "active";
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    string.Create(CultureInfo.InvariantCulture, $"{key.Id}\t{key.Prefix}…\t{state}\t{key.Name}"));
            }

            return 0;
        });

        command.Subcommands.Add(create);
        command.Subcommands.Add(revoke);
        command.Subcommands.Add(list);
        return command;
    }

    private static async Task<T> RunAsync<T>(IServiceProvider services, Func<ApiKeyStore, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        await DatelineCli.PrepareDatabaseAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ApiKeyStore>(), cancellationToken);
    }
}
