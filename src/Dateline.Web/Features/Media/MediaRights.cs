namespace Dateline.Web.Features.Media;

/// <summary>The terms an image is held under and whether readers may download it.</summary>
public sealed record MediaRights(MediaLicence Licence, bool ReadersMayDownload)
{
    /// <summary>What an upload starts with until an editor says otherwise: unknown terms, no download.</summary>
    public static readonly MediaRights Unknown = new(MediaLicence.Unknown, false);
}
