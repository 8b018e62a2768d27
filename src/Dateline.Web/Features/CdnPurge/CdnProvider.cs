namespace Dateline.Web.Features.CdnPurge;

public enum CdnProvider
{
    /// <summary>No CDN purges (the default): nothing is written or sent.</summary>
    None,

    /// <summary>Fastly's purge by surrogate key (<c>POST /service/{id}/purge</c> with a <c>Surrogate-Key</c> header).</summary>
    Fastly,

    /// <summary>Cloudflare's purge by cache tag (<c>POST /zones/{id}/purge_cache</c> with <c>{"tags":[…]}</c>).</summary>
    Cloudflare,

    /// <summary>Any endpoint: a URL template with <c>{tag}</c> (one POST per tag) or a URL taking <c>{"tags":[…]}</c>.</summary>
    Http,
}
