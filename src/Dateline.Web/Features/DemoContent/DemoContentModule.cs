using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.DemoContent;

public static class DemoContentModule
{
    /// <summary>Seeds demo content into an empty database on start when <c>Dateline:SeedDemoContent</c> is on.</summary>
    public static IHostApplicationBuilder AddDemoContent(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<IStartupDataStep, DemoContentSeeder>();
        return builder;
    }
}
