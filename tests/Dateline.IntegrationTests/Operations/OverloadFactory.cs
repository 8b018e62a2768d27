using Dateline.IntegrationTests.Infrastructure;
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(Held)));
    }
}
