namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>
/// The host with its output cache and data-protection keys in the Redis named by DATELINE_TEST_REDIS, under a key
/// prefix of its own unless given one (two factories given the same prefix behave as two nodes of one site).
/// </summary>
public sealed class RedisDatelineFactory : DatelineFactory
{
    public RedisDatelineFactory() : this("dateline-test-" + Guid.NewGuid().ToString("N")[..12] + ":")
    {
    }

    private RedisDatelineFactory(string instanceName)
    {
        InstanceName = instanceName;
        if (TestEnvironment.RedisConfiguration is { } redis)
        {
            Settings["Caching:Redis"] = redis;
            Settings["Caching:RedisInstanceName"] = instanceName;
        }
    }

    public string InstanceName { get; }

    /// <summary>Another node of the same site: same Redis prefix, its own database.</summary>
    public RedisDatelineFactory SecondNode() => new(InstanceName);

    public static void RequireRedis() => TestEnvironment.RequireOrSkip(TestEnvironment.RedisConfiguration is not null, "Redis (DATELINE_TEST_REDIS)");
}
