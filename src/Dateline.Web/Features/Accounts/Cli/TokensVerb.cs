using System.CommandLine;
using System.Globalization;
using Dateline.Web.Infrastructure.Cli;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using static Dateline.Web.Features.Accounts.Cli.AccountsCommandLine;

namespace Dateline.Web.Features.Accounts.Cli;

/// <summary>
/// <c>tokens create --email E --name N</c> prints a newsroom API token once (only its hash is kept);
/// <c>tokens list [--email E]</c>; <c>tokens revoke --id N</c>. Users also manage their own tokens in the newsroom.
/// </summary>
internal sealed class TokensVerb : ICliVerb
{
    public const string VerbName = "tokens";

    public string Name => VerbName;

    public Command CreateCommand(IServiceProvider services)
    {
        var command = new Command(VerbName, "Create, list and revoke newsroom API tokens (Authorization: Bearer …).");
        command.Subcommands.Add(Create(services));
        command.Subcommands.Add(List(services));
        command.Subcommands.Add(Revoke(services));
        return command;
    }

    private static Command Create(IServiceProvider services)
    {
        var email = EmailOption("The email of the user the token acts as.");
        var name = new Option<string>("--name") { Description = "What the token is for (shown in lists).", Required = true };
        var create = new Command("create", "Create a token and print it; it is not shown again.") { email, name };
        create.SetAction((parse, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var address = parse.GetValue(email)!.Trim();
            var label = parse.GetValue(name)!.Trim();
            if (label.Length is 0 or > 100)
            {
                return await RefuseAsync(parse, "--name must be 1 to 100 characters.");
            }

            if (await scope.GetRequiredService<NewsroomAccounts>().FindAsync(address) is not { } user)
            {
                return await RefuseAsync(parse, NoSuchUser(address));
            }

            if (user.IsDisabled)
            {
                return await RefuseAsync(parse, $"{address} is disabled; a token of theirs would not work.");
            }

            var tokens = scope.GetRequiredService<ApiTokens>();
            if (await tokens.RefusalForAsync(user) is { } refused)
            {
                return await RefuseAsync(parse, $"{address}: {refused}");
            }

            var (token, secret) = await tokens.CreateAsync(user.Id, label, cancellationToken);
            await WriteAsync(parse, string.Create(CultureInfo.InvariantCulture,
                $"Created token {token.Id} \"{token.Name}\" for {address}. Send it as Authorization: Bearer <token>; it is not shown again:"));
            await WriteAsync(parse, secret);
            return 0;
        }, cancellationToken));
        return create;
    }

    private static Command List(IServiceProvider services)
    {
        var email = new Option<string?>("--email") { Description = "Only this user's tokens." };
        var list = new Command("list", "List tokens (never the tokens themselves): id, hint, state, created, last used, email, name.") { email };
        list.SetAction((parse, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var db = scope.GetRequiredService<DatelineDbContext>();
            var tokens = db.ApiTokens.AsNoTracking();
            if (parse.GetValue(email) is { Length: > 0 } address)
            {
                var normalized = address.Trim().ToUpperInvariant();
                tokens = tokens.Where(t => t.User.NormalizedEmail == normalized);
            }

            var rows = await tokens.OrderBy(t => t.Id)
                .Select(t => new { t.Id, t.Hint, t.Name, t.CreatedAt, t.LastUsedAt, t.RevokedAt, t.User.Email })
                .ToListAsync(cancellationToken);
            foreach (var t in rows)
            {
                var state = t.RevokedAt is { } at ? "revoked " + Utc(at) : "active";
                await WriteAsync(parse, string.Create(CultureInfo.InvariantCulture,
                    $"{t.Id}\t{t.Hint}…\t{state}\t{Utc(t.CreatedAt)}\t{(t.LastUsedAt is { } used ? Utc(used) : "never")}\t{t.Email}\t{t.Name}"));
            }

            return 0;
        }, cancellationToken));
        return list;
    }

    private static Command Revoke(IServiceProvider services)
    {
        var id = new Option<int>("--id") { Description = "The token's id (see tokens list).", Required = true };
        var revoke = new Command("revoke", "Revoke a token; requests with it get 401 from now on.") { id };
        revoke.SetAction((parse, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var tokenId = parse.GetValue(id);
            if (!await scope.GetRequiredService<ApiTokens>().RevokeAsync(tokenId, cancellationToken))
            {
                return await RefuseAsync(parse, string.Create(CultureInfo.InvariantCulture, $"There is no live token {tokenId}."));
            }

            await WriteAsync(parse, string.Create(CultureInfo.InvariantCulture, $"Revoked token {tokenId}."));
            return 0;
        }, cancellationToken));
        return revoke;
    }

    private static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);
}
