using System.CommandLine;
using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.ContentApi.ApiKeys;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Dateline.IntegrationTests.ContentApi.ContentApiClient;

namespace Dateline.IntegrationTests.ContentApi;

public sealed class ApiKeyTests(KeyRequiredFactory factory) : IClassFixture<KeyRequiredFactory>
{
    private const string Path = "/api/v1/content/sections";

    [Fact]
    public async Task Without_a_key_the_api_answers_401_when_anonymous_access_is_off()
    {
        var (response, json) = await GetJsonAsync(factory.CreateClient(), Path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", json.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_key_created_on_the_command_line_is_accepted_until_it_is_revoked()
    {
        var (exit, output) = await RunVerbAsync("create", "--name", "Partner app");
        var key = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
        var client = factory.CreateClient();

        var (accepted, _) = await GetJsonAsync(client, Path, apiKey: key);
        var (wrong, _) = await GetJsonAsync(client, Path, apiKey: key[..^2] + "xx");
        var id = await IdOfAsync("Partner app");
        var (revokeExit, _) = await RunVerbAsync("revoke", "--id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var (refused, json) = await GetJsonAsync(client, Path, apiKey: key);

        Assert.Equal(0, exit);
        Assert.StartsWith("dlk_", key);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.True(accepted.Headers.CacheControl?.Private);
        Assert.Equal(TimeSpan.FromSeconds(60), accepted.Headers.CacheControl?.MaxAge);
        Assert.Contains("X-Api-Key", accepted.Headers.Vary);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(0, revokeExit);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("revoked", json.GetProperty("detail").GetString());
        Assert.DoesNotContain(key, await StoredTextAsync());
    }

    [Fact]
    public async Task A_key_past_its_allowance_gets_429_with_Retry_After_while_another_key_is_still_served()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ApiKeyStore>();
        var busy = await store.CreateAsync("Busy partner", CancellationToken.None);
        var quiet = await store.CreateAsync("Quiet partner", CancellationToken.None);
        var client = factory.CreateClient();

        for (var i = 0; i < KeyRequiredFactory.PermitsPerKey; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetJsonAsync(client, Path, apiKey: busy.Key)).Response.StatusCode);
        }

        var (limited, json) = await GetJsonAsync(client, Path, apiKey: busy.Key);
        var (other, _) = await GetJsonAsync(client, Path, apiKey: quiet.Key);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        Assert.Equal(429, json.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private async Task<(int Exit, string Output)> RunVerbAsync(params string[] args)
    {
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == "apikeys");
        var output = new StringWriter();
        var exit = await verb.CreateCommand(factory.Services).Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }

    private async Task<int> IdOfAsync(string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Dateline.Web.Infrastructure.Data.DatelineDbContext>();
        return await db.ApiKeys.Where(k => k.Name == name).Select(k => k.Id).SingleAsync();
    }

    private async Task<string> StoredTextAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Dateline.Web.Infrastructure.Data.DatelineDbContext>();
        var rows = await db.ApiKeys.AsNoTracking().ToListAsync();
        return string.Join('\n', rows.Select(r => $"{r.Name} {r.Prefix} {r.Hash}"));
    }
}
