namespace Dateline.Web.Features.Taxonomy;

/// <summary>An agency as the form posts it: code (for scripts), name, and its credit in each edition's language.</summary>
public sealed record AgencyChange(string? Code, string? Name, string? Credit, string? CreditAr);
