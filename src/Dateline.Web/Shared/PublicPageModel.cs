using Dateline.Web.Features.Editions;
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

    /// <summary>Where the edition switch leads: the translation when there is one, else the other edition's home.</summary>
    public string? AlternateEditionPath { get; protected set; }

    /// <summary>Open Graph type: "website" for lists, "article" for stories.</summary>
    public string OpenGraphType { get; protected set; } = "website";

    public string? OpenGraphImagePath { get; protected set; }

    public string? ActiveSectionSlug { get; protected set; }
}
