using Dateline.Web;
using Dateline.Web.Infrastructure.Cli;
using Dateline.Web.Infrastructure.Data;

// A CLI verb's own arguments (--email, --force…) are not configuration: the verb reads them.
var isVerb = DatelineCli.IsVerb(args);
var builder = WebApplication.CreateBuilder(isVerb ? [] : args);

// The documented default address; --urls, ASPNETCORE_URLS or HTTP_PORTS still win.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.AddDateline();
if (isVerb)
{
    // A verb's standard output is its result (a token, a list) for scripts to read; the host's logs go to standard error.
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
}

var app = builder.Build();
if (isVerb)
{
    return await DatelineCli.RunAsync(app, args);
}

app.UseDateline();
await app.PrepareDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
