namespace Dateline.Web.Features.Editions;

public static class EditionsModule
{
    public static IHostApplicationBuilder AddEditions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<EditionOptions>().BindConfiguration(EditionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<EditionCatalog>();
        builder.Services.AddHostedService<EditionRefresh>();
        builder.Services.AddSingleton<ReaderClock>();
        builder.Services.AddScoped<Infrastructure.Data.IStartupDataStep, DefaultEditions>();
        return builder;
    }

    public static WebApplication MapEditions(this WebApplication app)
    {
        // "/" sends readers to the edition their browser prefers; English unless Arabic is preferred.
        app.MapGet("/", (HttpRequest request) =>
        {
            var preferred = request.GetTypedHeaders().AcceptLanguage
                .OrderByDescending(l => l.Quality ?? 1)
                .Select(l => l.Value.Value ?? "")
                .FirstOrDefault(v => v.StartsWith("ar", StringComparison.OrdinalIgnoreCase) || v.StartsWith("en", StringComparison.OrdinalIgnoreCase));
            var edition = preferred?.StartsWith("ar", StringComparison.OrdinalIgnoreCase) == true ? "ar" : "en";
            request.HttpContext.Response.Headers.Vary = "Accept-Language";
            return Results.Redirect("/" + edition);
        }).ExcludeFromDescription();
        return app;
    }
}
