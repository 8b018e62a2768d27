using System.Globalization;
using Dateline.IntegrationTests.Accounts;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Audit;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Audit;

/// <summary>The <c>users</c> and <c>tokens</c> verbs, run through their own code path, leave entries by "Command line".</summary>
public sealed class CommandLineAuditTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private const string Passphrase = "a newsroom passphrase for tests";

    [Fact]
    public async Task Every_account_verb_is_recorded_with_the_command_line_as_its_actor()
    {
        var email = $"cli-audit-{Guid.NewGuid():N}@newsroom.test";

        await RunAsync("users", "create", "--email", email, "--role", "contributor", "--name", "Cli Audit", "--password", Passphrase);
        await RunAsync("users", "set-role", "--email", email, "--role", "editor");
        await RunAsync("users", "reset-password", "--email", email, "--password", Passphrase + " again");
        await RunAsync("users", "disable", "--email", email);
        await RunAsync("users", "enable", "--email", email);
        var created = await RunAsync("tokens", "create", "--email", email, "--name", "feed script");
        var tokenId = created.Output.Split(' ')[2];
        await RunAsync("tokens", "revoke", "--id", tokenId);

        var userId = await UserIdAsync(email);
        var entries = await EntriesAsync(e => (e.TargetType == "user" && e.TargetId == userId) || (e.TargetType == "token" && e.TargetId == tokenId));
        Assert.Equal(
            ["user.create", "user.role", "user.password-reset", "user.disable", "user.enable", "token.create", "token.revoke"],
            entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditLog.CommandLineActor, e.ActorId);
            Assert.Equal("Command line", e.ActorName);
            Assert.Null(e.ClientNetwork);
        });
        Assert.DoesNotContain(entries, e => e.Detail?.Contains(Passphrase, StringComparison.Ordinal) == true);
    }

    [Theory]
    [InlineData(NewsroomLanguages.English, "Command line")]
    [InlineData(NewsroomLanguages.Arabic, "سطر الأوامر")]
    public async Task The_audit_page_names_the_command_line_in_the_admins_language(string language, string actor)
    {
        var email = $"cli-page-{Guid.NewGuid():N}@newsroom.test";
        await RunAsync("users", "create", "--email", email, "--role", "contributor", "--password", Passphrase);
        var userId = await UserIdAsync(email);
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, language);

        var (_, page) = await HtmlPage.GetAsync(admin, $"/newsroom/audit?action=user.create&actor={AuditLog.CommandLineActor}");

        var row = page.QuerySelectorAll("[data-testid='audit-row']").First(r => r.TextContent.Contains($"user {userId}", StringComparison.Ordinal));
        Assert.Equal(actor, row.QuerySelector("[data-testid='audit-actor-name']")?.TextContent);
    }

    private async Task<DatelineBinary.Run> RunAsync(params string[] args)
    {
        var run = await DatelineBinary.InProcessAsync(factory, args);
        Assert.True(run.ExitCode == 0, $"{string.Join(' ', args)} exited {run.ExitCode}: {run.Error}");
        return run;
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var normalized = email.ToUpperInvariant();
        var id = await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync();
        return id.ToString(CultureInfo.InvariantCulture);
    }

    private async Task<List<AuditEntry>> EntriesAsync(System.Linq.Expressions.Expression<Func<AuditEntry, bool>> where)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DatelineDbContext>().AuditEntries.AsNoTracking().Where(where).OrderBy(e => e.Id).ToListAsync();
    }
}
