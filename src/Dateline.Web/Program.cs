using Dateline.Web;
using Dateline.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);

// The documented default address; --urls, ASPNETCORE_URLS or HTTP_PORTS still win.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
{
    builder.WebHost.UseUrls("http://localhost:5080");
}

builder.AddDateline();

var app = builder.Build();
app.UseDateline();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
