namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>The form's fields: every text is posted (an empty one clears it).</summary>
public sealed class MediaAssetForm
{
    public string? Caption { get; set; }
    public string? Credit { get; set; }
    public string? AltText { get; set; }
    public string? Source { get; set; }
    public string? CopyrightNotice { get; set; }
    public string? Creator { get; set; }
    public string? Keywords { get; set; }
    public MediaLicence Licence { get; set; }
    public bool ReadersMayDownload { get; set; }
    public int FocalX { get; set; } = 50;
    public int FocalY { get; set; } = 50;

    public static MediaAssetForm Of(MediaAsset asset) => new()
    {
        Caption = asset.Caption,
        Credit = asset.Credit,
        AltText = asset.AltText,
        Source = asset.Source,
        CopyrightNotice = asset.CopyrightNotice,
        Creator = asset.Creator,
        Keywords = asset.Keywords,
        Licence = asset.Licence,
        ReadersMayDownload = asset.ReadersMayDownload,
        FocalX = asset.FocalX,
        FocalY = asset.FocalY,
    };

    public MediaEdit ToEdit(bool withRights) => new()
    {
        Caption = Caption ?? "",
        Credit = Credit ?? "",
        AltText = AltText ?? "",
        Source = Source ?? "",
        CopyrightNotice = CopyrightNotice ?? "",
        Creator = Creator ?? "",
        Keywords = [Keywords ?? ""],
        Licence = withRights ? Licence : null,
        ReadersMayDownload = withRights ? ReadersMayDownload : null,
        FocalX = FocalX,
        FocalY = FocalY,
    };
}
