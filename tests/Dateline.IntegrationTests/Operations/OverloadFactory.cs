using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Operations.Overload;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Operations;

/// <summary>The real host with one permit and no queue for uncached requests, and renders the test can hold.</summary>
public sealed class OverloadFactory : DatelineFactory
{
    public OverloadFactory()
    {
        Settings["Overload:PermitLimit"] = "1";
        Settings["Overload:QueueLimit"] = "0";
        Settings["Overload:RetryAfterSeconds"] = "3";
    }

    public HeldRenders Held { get; } = new();

    /// <summary>
    /// The queue delay the limiter sees, driven by the test instead of a probe thread: any probe waiting counts as
    /// too long (target and window zero), a probe that ran at once clears it.
    /// </summary>
    public QueueDelayState QueueDelay { get; } = new(target: 0, window: 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.Configure<MvcOptions>(o => o.Filters.Add(Held));
            services.AddSingleton(new QueueDelayMonitor(QueueDelay, TimeProvider.System));
        });
    }
}
