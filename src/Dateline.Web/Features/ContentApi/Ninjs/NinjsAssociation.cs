namespace Dateline.Web.Features.ContentApi.Ninjs;

/// <summary>An associated news object; here the lead picture with its renditions.</summary>
public sealed record NinjsAssociation(
    string Name,
    string Uri,
    string Type,
    string RepresentationType,
    string? By,
    IReadOnlyList<NinjsText>? Descriptions,
    IReadOnlyList<NinjsRendition> Renditions);
