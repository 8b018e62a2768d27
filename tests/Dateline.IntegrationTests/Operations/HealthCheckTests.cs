using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Testing;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Dateline.IntegrationTests.Operations;

public sealed class HealthCheckTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(DatelineFactory factory, string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body, response);
    }

    private static string CheckStatus(JsonElement body, string check) => body.GetProperty("checks").GetProperty(check).GetProperty("status").GetString()!;

    private static string CheckReason(JsonElement body, string check) => body.GetProperty("checks").GetProperty(check).GetProperty("description").GetString()!;

    [Fact]
    public async Task Live_and_ready_answer_healthy_json_that_no_one_caches()
    {
        await using var factory = new DatelineFactory();

        var (liveStatus, live, liveResponse) = await GetAsync(factory, "/healthz/live");
        var (readyStatus, ready, readyResponse) = await GetAsync(factory, "/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, readyStatus);
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Equal("Healthy", CheckStatus(ready, "database"));
        Assert.Equal("Healthy", CheckStatus(ready, "media-storage"));
        Assert.False(ready.GetProperty("checks").TryGetProperty("redis", out _), "Redis is not configured, so it is not checked");
        Assert.True(liveResponse.Headers.CacheControl?.NoStore);
        Assert.True(readyResponse.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Ready_reports_the_database_gone_while_live_stays_healthy()
    {
        await using var factory = new DatelineFactory();
        await GetAsync(factory, "/healthz/ready");

        // The file's place taken by a folder: SQLite can neither open it nor create a fresh empty database there.
        SqliteConnection.ClearAllPools();
        var file = Path.Combine(factory.DataPath, "dateline.db");
        foreach (var part in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(part);
        }

        Directory.CreateDirectory(file);

        var (readyStatus, ready, _) = await GetAsync(factory, "/healthz/ready");
        var (liveStatus, _, _) = await GetAsync(factory, "/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", CheckStatus(ready, "database"));
        Assert.StartsWith("The database does not answer", CheckReason(ready, "database"));
        Assert.Equal("Healthy", CheckStatus(ready, "media-storage"));
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [SkippableFact]
    public async Task Ready_reports_a_dropped_postgres_database_while_live_stays_healthy()
    {
        await using var factory = new PostgresDatelineFactory();
        factory.RequireDatabase();
        await GetAsync(factory, "/healthz/ready");

        await ScratchDatabases.DropAsync(TestEnvironment.PostgresConnectionString!, new NpgsqlConnectionStringBuilder(factory.ConnectionString).Database!);

        var (readyStatus, ready, _) = await GetAsync(factory, "/healthz/ready");
        var (liveStatus, _, _) = await GetAsync(factory, "/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", CheckStatus(ready, "database"));
        Assert.Contains("does not exist", CheckReason(ready, "database"));
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Fact]
    public async Task Ready_reports_pending_migrations()
    {
        await using var factory = new DatelineFactory();
        await GetAsync(factory, "/healthz/ready");
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.DataPath, "dateline.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """DELETE FROM "__ef_migrations_history" WHERE "MigrationId" = (SELECT MAX("MigrationId") FROM "__ef_migrations_history")""";
            await command.ExecuteNonQueryAsync();
        }

        var (status, ready, _) = await GetAsync(factory, "/healthz/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("1 migration(s) not applied", CheckReason(ready, "database"));
    }

    [Fact]
    public async Task Ready_reports_redis_unreachable_while_live_stays_healthy()
    {
        await using var factory = new DatelineFactory();
        factory.Settings["Caching:Redis"] = $"127.0.0.1:{ClosedPort()},abortConnect=false,connectTimeout=300";

        var (readyStatus, ready, _) = await GetAsync(factory, "/healthz/ready");
        var (liveStatus, _, _) = await GetAsync(factory, "/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", CheckStatus(ready, "redis"));
        Assert.StartsWith("Redis does not answer", CheckReason(ready, "redis"));
        Assert.Equal("Healthy", CheckStatus(ready, "database"));
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [SkippableFact]
    public async Task Ready_checks_redis_when_it_is_configured()
    {
        RedisDatelineFactory.RequireRedis();
        await using var factory = new RedisDatelineFactory();

        var (status, ready, _) = await GetAsync(factory, "/healthz/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", CheckStatus(ready, "redis"));
    }

    [Fact]
    public async Task Ready_reports_media_storage_that_cannot_be_written_while_live_stays_healthy()
    {
        await using var factory = new DatelineFactory();
        // A file where the media folder should be refuses every write, for root too (which writes through a
        // read-only folder's mode bits, as the tests here run), just as a read-only mount does.
        var media = Path.Combine(factory.DataPath, "read-only-media");
        Directory.CreateDirectory(factory.DataPath);
        await File.WriteAllTextAsync(media, "not a folder");
        factory.Settings["Media:LocalPath"] = media;

        var (readyStatus, ready, _) = await GetAsync(factory, "/healthz/ready");
        var (liveStatus, _, _) = await GetAsync(factory, "/healthz/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", CheckStatus(ready, "media-storage"));
        Assert.StartsWith("Media storage cannot be written", CheckReason(ready, "media-storage"));
        Assert.Equal(HttpStatusCode.OK, liveStatus);
    }

    [Fact]
    public async Task No_public_page_links_to_the_health_endpoints()
    {
        await using var factory = new DatelineFactory();
        var client = factory.CreateClient();

        var home = await client.GetStringAsync("/en");

        Assert.DoesNotContain("/healthz", home, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
