namespace Dateline.Web.Features.Authors;

/// <summary>A journalist credited in bylines; names are per edition because Arabic bylines differ.</summary>
public sealed class Author
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? NameAr { get; set; }
    public string? Bio { get; set; }
    public string? BioAr { get; set; }

    /// <summary>
    /// Portrait on the public author page, a media library asset. No foreign key: SQLite can add one only by rebuilding
    /// the table, and a removed asset simply leaves the page without a photo.
    /// </summary>
    public int? PhotoId { get; set; }

    public string DisplayName(string editionCode) =>
        editionCode == "ar" && !string.IsNullOrWhiteSpace(NameAr) ? NameAr : Name;

    public string? DisplayBio(string editionCode) =>
        editionCode == "ar" && !string.IsNullOrWhiteSpace(BioAr) ? BioAr : Bio;
}
