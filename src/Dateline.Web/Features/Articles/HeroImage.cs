namespace Dateline.Web.Features.Articles;

/// <summary>The image an article leads with, with the words that go around it.</summary>
public sealed record HeroImage(int AssetId, int Width, int Height, string? AltText, string? Caption, string? Credit, string ContentType,
    int FocalX = 50, int FocalY = 50, bool ReadersMayDownload = false);
