using Microsoft.AspNetCore.DataProtection;
using StackExchange.Redis;

namespace Dateline.Web.Infrastructure.Caching;

public static class CachingModule
{
    public static IHostApplicationBuilder AddCaching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CachingOptions>().BindConfiguration(CachingOptions.SectionName);
        var options = builder.Configuration.GetSection(CachingOptions.SectionName).Get<CachingOptions>() ?? new();

        builder.Services.AddOutputCache(o =>
        {
            o.AddPolicy(PublicPagePolicy.Name, new PublicPagePolicy(options.PageLifetime, options.OutputCache));
            o.MaximumBodySize = 4 * 1024 * 1024;
        });

        if (!string.IsNullOrWhiteSpace(options.Redis))
        {
            // One multiplexer for the whole process, shared by the output cache and data protection.
            var redis = ConnectionMultiplexer.Connect(options.Redis);
            builder.Services.AddSingleton<IConnectionMultiplexer>(redis);
            builder.Services.AddStackExchangeRedisOutputCache(o =>
            {
                o.ConnectionMultiplexerFactory = () => Task.FromResult<IConnectionMultiplexer>(redis);
                o.InstanceName = options.RedisInstanceName;
            });
            builder.Services.AddDataProtection()
                .SetApplicationName("Dateline")
                .PersistKeysToStackExchangeRedis(redis, options.RedisInstanceName + "data-protection-keys");
        }
        else
        {
            builder.Services.AddMemoryCache();
            var keys = Path.Combine(Path.GetFullPath(builder.Configuration["Dateline:DataPath"] ?? "data"), "keys");
            builder.Services.AddDataProtection()
                .SetApplicationName("Dateline")
                .PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        return builder;
    }
}
