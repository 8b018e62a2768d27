namespace Dateline.Web.Features.Agencies;

/// <summary>A news agency whose stories the site republishes (AFP, Reuters, WAM, …).</summary>
public sealed class Agency
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>How the agency is credited in the English attribution line, e.g. "AFP".</summary>
    public required string Credit { get; set; }

    /// <summary>How the agency is credited in the Arabic attribution line, e.g. "أ ف ب".</summary>
    public required string CreditAr { get; set; }

    public string CreditFor(string editionCode) => editionCode == "ar" ? CreditAr : Credit;
}
