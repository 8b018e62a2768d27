namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>What the machine offers the tests. CI (CI=true) must offer everything; elsewhere missing servers skip.</summary>
public static class TestEnvironment
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Admin connection string of a PostgreSQL server the tests may create databases on.</summary>
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("DATELINE_TEST_POSTGRES") is { Length: > 0 } s ? s : null;

    /// <summary>StackExchange.Redis configuration of a Redis server the tests may use.</summary>
    public static string? RedisConfiguration => Environment.GetEnvironmentVariable("DATELINE_TEST_REDIS") is { Length: > 0 } s ? s : null;

    /// <summary>
    /// Skips the calling test when a server is missing, unless in CI, where a missing server is a failure.
    /// </summary>
    public static void RequireOrSkip(bool available, string what)
    {
        if (available)
        {
            return;
        }

        if (IsCi)
        {
            throw new InvalidOperationException($"{what} is required in CI but is not configured.");
        }

        Skip.If(true, $"{what} is not available on this machine.");
    }
}
