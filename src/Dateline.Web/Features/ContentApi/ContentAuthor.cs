namespace Dateline.Web.Features.ContentApi;

/// <summary>A journalist; <see cref="NameAr"/> is the Arabic byline when it differs.</summary>
public sealed record ContentAuthor(int Id, string Slug, string Name, string? NameAr);
