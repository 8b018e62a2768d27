using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Audit;
using Dateline.Web.Features.Calendar;
using Dateline.Web.Features.CdnPurge;
using Dateline.Web.Features.ContentApi;
using Dateline.Web.Features.DemoContent;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Feeds;
using Dateline.Web.Features.Media;
using Dateline.Web.Features.MostRead;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Features.Operations;
using Dateline.Web.Features.PrayerTimes;
using Dateline.Web.Features.Search;
using Dateline.Web.Features.Sitemaps;
using Dateline.Web.Features.Taxonomy;
using Dateline.Web.Features.Weather;
using Dateline.Web.Features.Webhooks;
using Dateline.Web.Infrastructure;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Infrastructure.Http;
using Dateline.Web.Infrastructure.OpenApi;
using Dateline.Web.Infrastructure.Telemetry;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;

namespace Dateline.Web;

/// <summary>Composes the host from its features; each feature registers itself in its own module.</summary>
public static class DatelineModule
{
    public static WebApplicationBuilder AddDateline(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatelineOptions>()
            .BindConfiguration(DatelineOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<CachedResponseBrotliProvider>();
            o.Providers.Add<CachedResponseGzipProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/problem+json", "application/rss+xml", "application/atom+xml"]);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddRazorPages(o => o.RootDirectory = "/");

        // Razor writes Arabic, and any other script a story may quote, as UTF-8 text instead of character references
        // (a third of the Arabic home page's bytes); markup-significant characters (< > & ' ") are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // One limiter; features add their named policies with services.Configure<RateLimiterOptions>(…).
        builder.Services.AddRateLimiter(o => o.RejectionStatusCode = StatusCodes.Status429TooManyRequests);

        builder.AddTelemetry();
        builder.AddOperations();
        builder.AddData();
        builder.AddCaching();
        builder.Services.AddSingleton<Infrastructure.Html.BodyHtmlSanitizer>();
        builder.Services.AddSingleton<PublicUrls>();
        builder.AddAccounts();
        builder.AddAudit();
        builder.AddEditions();
        builder.AddMedia();
        builder.AddArticles();
        builder.AddFeeds();
        builder.AddSitemaps();
        builder.AddStories();
        builder.AddTaxonomy();
        builder.AddDemoContent();
        builder.AddPrayerTimes();
        builder.AddWeather();
        builder.AddCalendar();
        builder.AddSearch();
        builder.AddMostRead();
        builder.AddContentApi();
        builder.AddApiDocument();
        builder.AddWebhooks();
        builder.AddCdnPurge();
        return builder;
    }

    public static WebApplication UseDateline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseNewsroomStatusPages();
        app.UseRouting();
        app.UseAccounts();

        // Compression sits inside the output cache so cached pages are stored compressed, once per encoding,
        // instead of being compressed again on every hit.
        app.UseOutputCache();

        // Inside the output cache, so a page served from the cache is never limited.
        app.UseContentApiKeys();
        app.UseRateLimiter();
        app.UseResponseCompression();

        // Static assets are compressed at build time, fingerprinted, and served immutable for a year.
        app.MapStaticAssets().DisableRateLimiting();
        app.MapOperations();
        app.MapTelemetry();
        app.MapAccounts();
        app.MapEditions();
        app.MapMedia();
        app.MapArticles();
        app.MapFeeds();
        app.MapSitemaps();
        app.MapStories();
        app.MapPrayerTimes();
        app.MapWeather();
        app.MapCalendar();
        app.MapSearch();
        app.MapMostRead();
        app.MapRazorPages().WithStaticAssets().RequireNewsroomRoleUnderNewsroom();
        app.MapContentApi();
        app.MapApiDocument();
        app.MapWebhooks();
        return app;
    }
}
