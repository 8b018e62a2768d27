using Dateline.Web.Features.ContentApi.ApiKeys;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dateline.Web.Infrastructure.OpenApi;

/// <summary>The document's title, licence, security schemes and tag descriptions.</summary>
internal sealed class DocumentDescription : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";
    public const string BearerScheme = "Bearer";

    private static readonly Dictionary<string, string> TagDescriptions = new(StringComparer.Ordinal)
    {
        ["Content"] = "Read-only published content for partners and apps: articles (also as IPTC ninjs), sections, topics, authors.",
        ["Weather"] = "Current weather for UAE cities, from the site's cache.",
        ["PrayerTimes"] = "Prayer times for UAE cities.",
        ["Prayer times"] = "Prayer times for UAE cities.",
        ["Search"] = "Full-text search of published stories.",
        ["Newsroom"] = "The newsroom's management API (signed-in staff or API tokens).",
        ["Media"] = "The newsroom's media library.",
        ["Newsroom webhooks"] = "Administrators register Standard Webhooks receivers for article events, read the delivery log and redeliver.",
    };

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Dateline API",
            Version = OpenApiModule.DocumentName,
            Description = "The public content API, the site's widget APIs and the newsroom's management API. "
                + "Errors are RFC 9457 problem details (application/problem+json).",
            License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/license/mit") },
        };

        // The generator names the request's own origin with a trailing slash, which Redocly's recommended rules refuse.
        foreach (var server in document.Servers ?? [])
        {
            server.Url = server.Url?.TrimEnd('/');
        }

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyRequirement.HeaderName,
            Description = "A content API key (dlk_…), issued by an administrator. Optional unless anonymous access is turned off.",
        };
        document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A newsroom API token, sent as Authorization: Bearer <token>.",
        };

        var used = (document.Paths ?? [])
            .SelectMany(p => p.Value.Operations is { } operations ? operations.Values : Enumerable.Empty<OpenApiOperation>())
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var name in used.Order(StringComparer.Ordinal))
        {
            if (!document.Tags.Any(t => t.Name == name))
            {
                document.Tags.Add(new OpenApiTag { Name = name, Description = TagDescriptions.GetValueOrDefault(name, name + " endpoints.") });
            }
        }

        return Task.CompletedTask;
    }
}
