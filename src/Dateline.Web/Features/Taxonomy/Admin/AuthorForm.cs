namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>The author edit form as posted. <see cref="Photo"/> is "keep", "none" or a media library id.</summary>
public sealed class AuthorForm
{
    public string? Name { get; set; }
    public string? NameAr { get; set; }
    public string? Slug { get; set; }
    public string? Bio { get; set; }
    public string? BioAr { get; set; }
    public string? Photo { get; set; } = "keep";
    public int? PhotoNumber { get; set; }
    public IFormFile? Upload { get; set; }
}
