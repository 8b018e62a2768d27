using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Webhooks.Api;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Webhooks;

public static class WebhooksModule
{
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Lease > o.Timeout, "Webhooks:Lease must be longer than Webhooks:Timeout.")
            .ValidateOnStart();
        builder.Services.AddScoped<WebhookSubscriptions>();
        builder.Services.AddSingleton<IArticleEventOutbox, WebhookOutbox>();
        builder.Services.AddSingleton<IOutboxPruner, WebhookDeliveryPruner>();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddSingleton<IArticleEventSubscriber>(sp => sp.GetRequiredService<WebhookDispatcher>());
        builder.Services.AddSingleton<ICliVerb, WebhooksVerb>();

        // Redirects are not followed: the registered address is the one an administrator vetted.
        builder.Services.AddHttpClient(WebhookDispatcher.HttpClientName, (sp, http) =>
            {
                http.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout;
                http.DefaultRequestHeaders.UserAgent.ParseAdd("Dateline-Webhooks/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

        if (builder.Configuration.GetValue($"{WebhookOptions.SectionName}:{nameof(WebhookOptions.Dispatch)}", true))
        {
            builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        }

        return builder;
    }

    public static WebApplication MapWebhooks(this WebApplication app)
    {
        app.MapWebhooksApi();
        return app;
    }
}
