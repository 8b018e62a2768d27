using Dateline.Web.Features.Articles.Publishing;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.CdnPurge;

public static class CdnPurgeModule
{
    public static IHostApplicationBuilder AddCdnPurge(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CdnPurgeOptions>()
            .BindConfiguration(CdnPurgeOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Lease > o.Timeout, "CdnPurge:Lease must be longer than CdnPurge:Timeout.")
            .Validate(o => o.Provider != CdnProvider.Fastly || (!string.IsNullOrEmpty(o.ServiceId) && !string.IsNullOrEmpty(o.ApiToken)), "CdnPurge:Provider=Fastly needs CdnPurge:ServiceId and CdnPurge:ApiToken.")
            .Validate(o => o.Provider != CdnProvider.Cloudflare || (!string.IsNullOrEmpty(o.ZoneId) && !string.IsNullOrEmpty(o.ApiToken)), "CdnPurge:Provider=Cloudflare needs CdnPurge:ZoneId and CdnPurge:ApiToken.")
            .Validate(o => o.Provider != CdnProvider.Http || Uri.TryCreate(o.Url?.Replace(HttpPurgeClient.TagPlaceholder, "tag", StringComparison.Ordinal), UriKind.Absolute, out _), "CdnPurge:Provider=Http needs an absolute CdnPurge:Url.")
            .Validate(o => o.Url is null || Uri.TryCreate(o.Url.Replace(HttpPurgeClient.TagPlaceholder, "tag", StringComparison.Ordinal), UriKind.Absolute, out _), "CdnPurge:Url must be an absolute address.")
            .ValidateOnStart();

        // Rows written while a provider was configured are pruned after it is turned off, too.
        builder.Services.AddSingleton<IOutboxPruner, CdnPurgeRequestPruner>();

        var provider = builder.Configuration.GetValue($"{CdnPurgeOptions.SectionName}:{nameof(CdnPurgeOptions.Provider)}", CdnProvider.None);
        if (provider == CdnProvider.None)
        {
            return builder;
        }

        _ = provider switch
        {
            CdnProvider.Fastly => builder.Services.AddHttpClient<ICdnPurgeClient, FastlyPurgeClient>(ConfigureHttp),
            CdnProvider.Cloudflare => builder.Services.AddHttpClient<ICdnPurgeClient, CloudflarePurgeClient>(ConfigureHttp),
            _ => builder.Services.AddHttpClient<ICdnPurgeClient, HttpPurgeClient>(ConfigureHttp),
        };
        builder.Services.AddSingleton<IArticleEventOutbox, CdnPurgeOutbox>();
        builder.Services.AddSingleton<CdnPurgeSender>();
        builder.Services.AddSingleton<IArticleEventSubscriber>(sp => sp.GetRequiredService<CdnPurgeSender>());
        if (builder.Configuration.GetValue($"{CdnPurgeOptions.SectionName}:{nameof(CdnPurgeOptions.Dispatch)}", true))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<CdnPurgeSender>());
        }

        return builder;
    }

    private static void ConfigureHttp(IServiceProvider services, HttpClient http)
    {
        http.Timeout = services.GetRequiredService<IOptions<CdnPurgeOptions>>().Value.Timeout;
        http.DefaultRequestHeaders.UserAgent.ParseAdd("Dateline-CdnPurge/1.0");
    }
}
