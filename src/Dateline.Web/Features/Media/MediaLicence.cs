namespace Dateline.Web.Features.Media;

/// <summary>Under what terms the site holds an image. Stored as its name, so new licences append safely.</summary>
public enum MediaLicence
{
    Unknown,
    Staff,
    Agency,
    EditorialUseOnly,
    Handout,
    CcBy,
    CcBySa,
    CcByNd,
    CcByNc,
    CcByNcSa,
    CcByNcNd,
    Cc0,
    PublicDomain,
}
