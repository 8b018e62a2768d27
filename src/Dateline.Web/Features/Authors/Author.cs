namespace Dateline.Web.Features.Authors;

/// <summary>A journalist credited in bylines; names are per edition because Arabic bylines differ.</summary>
public sealed class Author
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? NameAr { get; set; }
    public string? Bio { get; set; }

    public string DisplayName(string editionCode) =>
        editionCode == "ar" && !string.IsNullOrWhiteSpace(NameAr) ? NameAr : Name;
}
