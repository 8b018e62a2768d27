using Dateline.Web;
using Dateline.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddDateline();

var app = builder.Build();
app.UseDateline();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can find it.</summary>
public partial class Program;
