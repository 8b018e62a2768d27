namespace Dateline.Web.Features.Media;

/// <summary>A rectangle of an upright original, in its pixels.</summary>
public readonly record struct CropRegion(int Left, int Top, int Width, int Height);
