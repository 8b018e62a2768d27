using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>The <c>users</c> and <c>tokens</c> verbs against a real database, once per provider.</summary>
public abstract class AccountsCliTests(DatelineFactory factory)
{
    private const string Passphrase = "a newsroom passphrase for tests";

    [SkippableFact]
    public async Task Users_create_makes_a_user_who_signs_in_with_that_password_and_is_listed_in_the_role()
    {
        factory.RequireDatabase();
        var email = NewEmail();

        var created = await CliAsync("users", "create", "--email", email, "--role", "editor", "--name", "Mona Saleh", "--password", Passphrase);
        var listed = await CliAsync("users", "list");
        var signIn = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), email, Passphrase);

        Assert.Equal(0, created.ExitCode);
        Assert.Equal("", created.Error);
        Assert.Contains($"Created Editor {email}", created.Output);
        Assert.Contains(listed.Output.Split('\n'), line => line.Contains($"\t{email}\tEditor\tactive\t-\tMona Saleh", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [SkippableFact]
    public async Task Users_create_refuses_a_taken_address_a_refused_password_and_an_unknown_role_with_one_line_each()
    {
        factory.RequireDatabase();
        var taken = NewEmail();
        await CliAsync("users", "create", "--email", taken, "--role", "contributor", "--password", Passphrase);
        var tooShort = NewEmail();
        var unknownRole = NewEmail();

        var duplicate = await CliAsync("users", "create", "--email", taken.ToUpperInvariant(), "--role", "editor", "--password", Passphrase);
        var refused = await CliAsync("users", "create", "--email", tooShort, "--role", "editor", "--password", "short");
        var role = await CliAsync("users", "create", "--email", unknownRole, "--role", "publisher", "--password", Passphrase);

        foreach (var run in new[] { duplicate, refused, role })
        {
            Assert.NotEqual(0, run.ExitCode);
            Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal("", run.Output);
        }

        Assert.Contains("already exists", duplicate.Error);
        Assert.Contains("at least 12 characters", refused.Error);
        Assert.Contains("Unknown role 'publisher'", role.Error);
        Assert.False(await ExistsAsync(tooShort));
        Assert.False(await ExistsAsync(unknownRole));
    }

    [SkippableFact]
    public async Task Users_set_role_changes_what_the_user_may_open()
    {
        factory.RequireDatabase();
        var email = NewEmail();
        await CliAsync("users", "create", "--email", email, "--role", "contributor", "--password", Passphrase);
        var asContributor = await NewsroomUsers.SignInAsync(factory, email, Passphrase);
        Assert.Equal(HttpStatusCode.Forbidden, (await asContributor.GetAsync("/newsroom/users")).StatusCode);

        var changed = await CliAsync("users", "set-role", "--email", email, "--role", "Admin");
        var unknown = await CliAsync("users", "set-role", "--email", "nobody-" + email, "--role", "admin");
        var asAdmin = await NewsroomUsers.SignInAsync(factory, email, Passphrase);

        Assert.Equal(0, changed.ExitCode);
        Assert.Contains("is now Admin", changed.Output);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("There is no user", unknown.Error);
        Assert.Equal(HttpStatusCode.OK, (await asAdmin.GetAsync("/newsroom/users")).StatusCode);
    }

    [SkippableFact]
    public async Task Users_reset_password_lets_only_the_new_password_in_and_lifts_a_lockout()
    {
        factory.RequireDatabase();
        var email = NewEmail();
        await CliAsync("users", "create", "--email", email, "--role", "editor", "--password", Passphrase);
        var client = NewsroomUsers.Client(factory);
        for (var i = 0; i < 5; i++)
        {
            await NewsroomUsers.PostSignInAsync(client, email, "wrong password number " + i);
        }

        var refused = await CliAsync("users", "reset-password", "--email", email, "--password", "tiny");
        var reset = await CliAsync("users", "reset-password", "--email", email, "--password", "an entirely new passphrase");
        var old = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), email, Passphrase);
        var fresh = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), email, "an entirely new passphrase");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("at least 12 characters", refused.Error);
        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, old.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
    }

    [SkippableFact]
    public async Task Users_disable_refuses_sign_in_and_stops_the_users_tokens_until_enabled()
    {
        factory.RequireDatabase();
        var email = NewEmail();
        await CliAsync("users", "create", "--email", email, "--role", "editor", "--password", Passphrase);
        var token = LastLine((await CliAsync("tokens", "create", "--email", email, "--name", "script")).Output);

        var disabled = await CliAsync("users", "disable", "--email", email);
        var signIn = await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), email, Passphrase);
        var api = await MeAsync(token);
        var listed = await CliAsync("users", "list");
        var enabled = await CliAsync("users", "enable", "--email", email);

        Assert.Equal(0, disabled.ExitCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Contains(listed.Output.Split('\n'), line => line.Contains($"\t{email}\tEditor\tdisabled", StringComparison.Ordinal));
        Assert.Equal(0, enabled.ExitCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(token)).StatusCode);
    }

    [SkippableFact]
    public async Task Tokens_create_prints_a_token_once_which_acts_as_the_user_until_revoked_and_only_its_hash_is_stored()
    {
        factory.RequireDatabase();
        var email = NewEmail();
        await CliAsync("users", "create", "--email", email, "--role", "contributor", "--password", Passphrase);

        var created = await CliAsync("tokens", "create", "--email", email, "--name", "migration script");
        var token = LastLine(created.Output);
        var me = await MeAsync(token);
        var listed = await CliAsync("tokens", "list", "--email", email);
        var id = listed.Output.Split('\t')[0];
        var stored = await StoredTokensTextAsync();
        var revoked = await CliAsync("tokens", "revoke", "--id", id);
        var again = await CliAsync("tokens", "revoke", "--id", id);
        var noUser = await CliAsync("tokens", "create", "--email", "nobody-" + email, "--name", "x");

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith(ApiTokens.Prefix, token);
        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal(email, (await me.Content.ReadFromJsonAsync<MeBody>())!.Email);
        Assert.Contains($"\t{token[..7]}…\tactive\t", listed.Output);
        Assert.Contains("migration script", listed.Output);
        Assert.DoesNotContain(token, listed.Output);
        Assert.DoesNotContain(token, stored);
        Assert.Equal(0, revoked.ExitCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(token)).StatusCode);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal(1, noUser.ExitCode);
        Assert.Contains("There is no user", noUser.Error);
    }

    [SkippableFact]
    public async Task The_binary_creates_the_first_admin_with_the_password_piped_on_standard_input()
    {
        factory.RequireDatabase();
        var email = NewEmail();

        var created = await DatelineBinary.ProcessAsync(factory, Passphrase + "\n", "users", "create", "--email", email, "--role", "admin", "--name", "First Admin");
        var listed = await DatelineBinary.ProcessAsync(factory, "", "users", "list");
        var admin = await NewsroomUsers.SignInAsync(factory, email, Passphrase);

        Assert.True(created.ExitCode == 0, created.Output + created.Error);
        Assert.Contains($"Created Admin {email}", created.Output);
        Assert.Contains($"\t{email}\tAdmin\tactive", listed.Output);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/newsroom/users")).StatusCode);
    }

    [SkippableFact]
    public async Task The_binary_refuses_a_taken_address_with_a_non_zero_exit_and_one_line()
    {
        factory.RequireDatabase();
        var email = NewEmail();
        await CliAsync("users", "create", "--email", email, "--role", "editor", "--password", Passphrase);

        var duplicate = await DatelineBinary.ProcessAsync(factory, Passphrase + "\n", "users", "create", "--email", email, "--role", "editor");

        Assert.Equal(1, duplicate.ExitCode);
        Assert.Equal($"A user with the email {email} already exists.", duplicate.Error.Trim());
    }

    [SkippableFact]
    public async Task On_a_terminal_the_password_is_asked_twice_without_echo_and_must_match()
    {
        factory.RequireDatabase();
        TestEnvironment.RequireOrSkip(DatelineBinary.HasTerminalEmulator, "script (util-linux), for a pseudo-terminal");
        var email = NewEmail();
        var other = NewEmail();

        var created = await DatelineBinary.OnTerminalAsync(
            factory, [("Password: ", Passphrase), ("Password again: ", Passphrase)], "users", "create", "--email", email, "--role", "editor");
        var mismatch = await DatelineBinary.OnTerminalAsync(
            factory, [("Password: ", Passphrase), ("Password again: ", Passphrase + "!")], "users", "create", "--email", other, "--role", "editor");

        Assert.True(created.ExitCode == 0, created.Output + created.Error);
        Assert.DoesNotContain(Passphrase, created.Output);
        Assert.Equal(HttpStatusCode.Redirect, (await NewsroomUsers.PostSignInAsync(NewsroomUsers.Client(factory), email, Passphrase)).StatusCode);
        Assert.Equal(1, mismatch.ExitCode);
        Assert.Contains("The two passwords differ.", mismatch.Output);
        Assert.False(await ExistsAsync(other));
    }

    private Task<DatelineBinary.Run> CliAsync(params string[] args) => DatelineBinary.InProcessAsync(factory, args);

    private static string NewEmail() => $"cli-{Guid.NewGuid():N}@newsroom.test";

    private static string LastLine(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];

    private async Task<HttpResponseMessage> MeAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/newsroom/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await factory.CreateClient().SendAsync(request);
    }

    private async Task<bool> ExistsAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var normalized = email.ToUpperInvariant();
        return await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().Users.AnyAsync(u => u.NormalizedEmail == normalized);
    }

    private async Task<string> StoredTokensTextAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().ApiTokens.AsNoTracking().ToListAsync();
        return string.Join('\n', rows.Select(r => $"{r.Name} {r.Hint} {r.Hash}"));
    }

    private sealed record MeBody(int Id, string Email, string Name, string UiLanguage, string[] Roles);
}
