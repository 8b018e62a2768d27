using System.CommandLine;
using System.Globalization;
using Dateline.Web.Infrastructure.Cli;
using static Dateline.Web.Features.Accounts.Cli.AccountsCommandLine;

namespace Dateline.Web.Features.Accounts.Cli;

/// <summary>
/// <c>users create|list|set-role|reset-password|disable|enable</c>: newsroom accounts managed on the server, which is
/// how the first Admin comes to exist. Each prints what it did, or one line on standard error and exits non-zero.
/// </summary>
internal sealed class UsersVerb : ICliVerb
{
    public const string VerbName = "users";

    public string Name => VerbName;

    public Command CreateCommand(IServiceProvider services)
    {
        var command = new Command(VerbName, "Create and manage newsroom users.");
        command.Subcommands.Add(Create(services));
        command.Subcommands.Add(List(services));

        var role = RoleOption();
        command.Subcommands.Add(Change(services, "set-role", "Give a user exactly this role.", [role], async (parse, accounts, user, ct) =>
            NewsroomAccounts.RoleNamed(parse.GetValue(role)) is { } roleName
                ? (await accounts.SetRoleAsync(user, roleName, ct), $"{user.Email} is now {roleName}.")
                : (UnknownRole(parse.GetValue(role)), "")));

        var password = PasswordOption();
        command.Subcommands.Add(Change(services, "reset-password", "Set a new password, lift a lockout and end the user's sessions.", [password], async (parse, accounts, user, ct) =>
        {
            var (secret, problem) = PasswordOf(parse, password);
            return (problem ?? await accounts.ResetPasswordAsync(user, secret!, ct), $"New password set for {user.Email}; their sessions have ended.");
        }));

        command.Subcommands.Add(Change(services, "disable", "Stop a user signing in; ends their sessions and stops their API tokens.", [], async (_, accounts, user, ct) =>
            (await accounts.DisableAsync(user, ct), $"Disabled {user.Email}.")));
        command.Subcommands.Add(Change(services, "enable", "Let a disabled user sign in again.", [], async (_, accounts, user, ct) =>
            (await accounts.EnableAsync(user, ct), $"Enabled {user.Email}.")));
        return command;
    }

    private static Command Create(IServiceProvider services)
    {
        var email = EmailOption();
        var role = RoleOption();
        var name = new Option<string?>("--name") { Description = "The name shown in the newsroom." };
        var password = PasswordOption();
        var create = new Command("create", "Create a user in a role.") { email, role, name, password };
        create.SetAction((parse, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var address = parse.GetValue(email)!.Trim();
            if (NewsroomAccounts.RoleNamed(parse.GetValue(role)) is not { } roleName)
            {
                return await RefuseAsync(parse, UnknownRole(parse.GetValue(role)));
            }

            // Before asking for a password, so nobody types one twice for an address that is taken.
            var accounts = scope.GetRequiredService<NewsroomAccounts>();
            if (await accounts.FindAsync(address) is not null)
            {
                return await RefuseAsync(parse, $"A user with the email {address} already exists.");
            }

            var (secret, problem) = PasswordOf(parse, password);
            problem ??= await accounts.CreateAsync(address, roleName, parse.GetValue(name), secret!, cancellationToken);
            if (problem is not null)
            {
                return await RefuseAsync(parse, problem);
            }

            await WriteAsync(parse, $"Created {roleName} {address}. Sign in at /newsroom/sign-in.");
            return 0;
        }, cancellationToken));
        return create;
    }

    private static Command List(IServiceProvider services)
    {
        var list = new Command("list", "List users: id, email, role, state, two-factor, name (tab-separated).");
        list.SetAction((parse, cancellationToken) => InScopeAsync(services, async scope =>
        {
            foreach (var user in await scope.GetRequiredService<NewsroomAccounts>().ListAsync(cancellationToken))
            {
                var state = user.IsDisabled ? "disabled"
                    : user.LockedOutUntil is { } until ? "locked until " + until.ToString("u", CultureInfo.InvariantCulture)
                    : "active";
                await WriteAsync(parse, string.Create(CultureInfo.InvariantCulture,
                    $"{user.Id}\t{user.Email}\t{user.Roles}\t{state}\t{(user.TwoFactorEnabled ? "2fa" : "-")}\t{user.Name}"));
            }

            return 0;
        }, cancellationToken));
        return list;
    }

    /// <summary>A subcommand that finds the user named by <c>--email</c>, then applies a change that may be refused.</summary>
    private static Command Change(
        IServiceProvider services,
        string name,
        string description,
        Option[] options,
        Func<ParseResult, NewsroomAccounts, NewsroomUser, CancellationToken, Task<(string? Problem, string Done)>> change)
    {
        var email = EmailOption();
        var command = new Command(name, description) { email };
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => InScopeAsync(services, async scope =>
        {
            var address = parse.GetValue(email)!.Trim();
            var accounts = scope.GetRequiredService<NewsroomAccounts>();
            if (await accounts.FindAsync(address) is not { } user)
            {
                return await RefuseAsync(parse, NoSuchUser(address));
            }

            var (problem, done) = await change(parse, accounts, user, cancellationToken);
            if (problem is not null)
            {
                return await RefuseAsync(parse, problem);
            }

            await WriteAsync(parse, done);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Option<string> RoleOption() =>
        new("--role") { Description = "admin, editor or contributor.", Required = true };

    private static Option<string?> PasswordOption() =>
        new("--password") { Description = "The password; without it, it is read from standard input (twice on a terminal)." };

    private static (string? Password, string? Problem) PasswordOf(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } given ? (given, null) : PasswordPrompt.Read(parse.InvocationConfiguration.Error);

    private static string UnknownRole(string? role) =>
        $"Unknown role '{role}': use admin, editor or contributor.";
}
