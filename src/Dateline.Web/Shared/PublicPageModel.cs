using System.Text.Json.Nodes;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.StructuredData;
using Dateline.Web.Infrastructure.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Web.Shared;

/// <summary>Base of every public page: the edition being read and what the layout puts in &lt;head&gt;.</summary>
public abstract class PublicPageModel : PageModel
{
    /// <summary>Set by the page before it renders; the layout reads it.</summary>
    public EditionView Edition { get; protected set; } = null!;

    public string Title { get; protected set; } = "";

    public string? Description { get; protected set; }

    /// <summary>Site-relative canonical path; the layout makes it absolute.</summary>
    public string? CanonicalPath { get; protected set; }

    /// <summary>
    /// The same page in the other edition, when it has one (a home page, a live translation); the edition switch
    /// falls back to the other edition's home and the layout emits hreflang alternates only when this is set.
    /// </summary>
    public string? AlternateEditionPath { get; protected set; }

    /// <summary>Open Graph type: "website" for lists, "article" for stories.</summary>
    public string OpenGraphType { get; protected set; } = "website";

    /// <summary>The social card's image; the layout falls back to <see cref="ShareImage.SiteCard"/>.</summary>
    public ShareImage? ShareImage { get; protected set; }

    /// <summary>schema.org nodes the layout writes into &lt;head&gt;, one JSON-LD block each, in this order.</summary>
    public List<JsonObject> StructuredData { get; } = [];

    /// <summary>Scheme and host for absolute addresses: Dateline:PublicBaseUrl when set, else the request's own.</summary>
    public string Origin => _origin ??= HttpContext.RequestServices.GetRequiredService<PublicUrls>().Origin(Request);

    private string? _origin;

    public string? ActiveSectionSlug { get; protected set; }

    /// <summary>Site-relative path of the list this page shows, when it has RSS and Atom feeds; the layout links them.</summary>
    public string? FeedListPath { get; protected set; }

    /// <summary>Adds a schema.org BreadcrumbList from the edition's home page through <paramref name="trail"/> (site-relative paths).</summary>
    protected void AddBreadcrumbs(params (string Name, string Path)[] trail) =>
        StructuredData.Add(SchemaOrg.BreadcrumbList(Origin, [(Edition.SiteName, Edition.HomePath), .. trail]));

    /// <summary>
    /// The hreflang alternates for &lt;head&gt;: each edition's address, and English as x-default. Empty when the
    /// page exists in one edition only, since an alternate must be the same content, not the other edition's home.
    /// </summary>
    public IEnumerable<(string HrefLang, string Path)> LanguageAlternates()
    {
        if (CanonicalPath is not { } self || AlternateEditionPath is not { } other)
        {
            yield break;
        }

        yield return (Edition.Code, self);
        yield return (Edition.OtherCode, other);
        yield return ("x-default", Edition.IsArabic ? other : self);
    }
}
