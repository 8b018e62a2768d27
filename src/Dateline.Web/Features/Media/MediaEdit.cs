namespace Dateline.Web.Features.Media;

/// <summary>
/// Changes to an asset's description, rights and focal point. A null field is left as it is; an empty text clears
/// it. Changing the rights (<see cref="Licence"/>, <see cref="ReadersMayDownload"/>) is an Editor's decision.
/// </summary>
public sealed record MediaEdit
{
    public string? Caption { get; init; }
    public string? Credit { get; init; }
    public string? AltText { get; init; }
    public string? Source { get; init; }
    public string? CopyrightNotice { get; init; }
    public string? Creator { get; init; }
    public IReadOnlyList<string>? Keywords { get; init; }
    public MediaLicence? Licence { get; init; }
    public bool? ReadersMayDownload { get; init; }
    public int? FocalX { get; init; }
    public int? FocalY { get; init; }

    public bool ChangesRights => Licence is not null || ReadersMayDownload is not null;

    /// <summary>Field name (camelCase, as the API names them) → what is wrong; empty when the edit may be applied.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Length(string name, string? value, int max)
        {
            if (value is not null && value.Trim().Length > max)
            {
                errors[name] = [$"At most {max} characters."];
            }
        }

        Length("caption", Caption, 2000);
        Length("credit", Credit, 256);
        Length("altText", AltText, 500);
        Length("source", Source, 256);
        Length("copyrightNotice", CopyrightNotice, 500);
        Length("creator", Creator, 256);
        if (Keywords is not null && JoinedKeywords(Keywords)?.Length > MediaAsset.MaxKeywordsLength)
        {
            errors["keywords"] = [$"At most {MediaAsset.MaxKeywordsLength} characters in all."];
        }

        if (FocalX is < 0 or > 100)
        {
            errors["focalX"] = ["A percentage of the width, 0 to 100."];
        }

        if (FocalY is < 0 or > 100)
        {
            errors["focalY"] = ["A percentage of the height, 0 to 100."];
        }

        return errors;
    }

    /// <summary>Applies the edit (after <see cref="Validate"/> found nothing wrong).</summary>
    public void ApplyTo(MediaAsset asset)
    {
        asset.Caption = Text(Caption, asset.Caption);
        asset.Credit = Text(Credit, asset.Credit);
        asset.AltText = Text(AltText, asset.AltText);
        asset.Source = Text(Source, asset.Source);
        asset.CopyrightNotice = Text(CopyrightNotice, asset.CopyrightNotice);
        asset.Creator = Text(Creator, asset.Creator);
        asset.Keywords = Keywords is null ? asset.Keywords : JoinedKeywords(Keywords);
        asset.Licence = Licence ?? asset.Licence;
        asset.ReadersMayDownload = ReadersMayDownload ?? asset.ReadersMayDownload;
        asset.FocalX = FocalX ?? asset.FocalX;
        asset.FocalY = FocalY ?? asset.FocalY;
    }

    /// <summary>Keywords as stored: trimmed, without duplicates, joined with ", " (commas inside one would split it).</summary>
    public static string? JoinedKeywords(IEnumerable<string> keywords)
    {
        var joined = string.Join(", ", keywords
            .SelectMany(k => k.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase));
        return joined.Length == 0 ? null : joined;
    }

    private static string? Text(string? edited, string? current) =>
        edited is null ? current : string.IsNullOrWhiteSpace(edited) ? null : edited.Trim();
}
