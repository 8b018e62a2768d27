namespace Dateline.Web.Features.Media;

/// <summary>An aspect ratio cards and social previews crop to, keeping the asset's focal point in view.</summary>
public sealed class CropRatio
{
    /// <summary>Lead cards, social cards and structured data.</summary>
    public static readonly CropRatio Wide = new("16x9", 16, 9);

    public static readonly CropRatio Standard = new("4x3", 4, 3);

    public static readonly CropRatio Square = new("1x1", 1, 1);

    public static readonly IReadOnlyList<CropRatio> All = [Wide, Standard, Square];

    private CropRatio(string name, int width, int height)
    {
        Name = name;
        Width = width;
        Height = height;
    }

    /// <summary>As it appears in URLs and storage keys, e.g. <c>16x9</c>.</summary>
    public string Name { get; }

    public int Width { get; }

    public int Height { get; }

    public static CropRatio? FromName(string name) => All.FirstOrDefault(r => r.Name == name);

    /// <summary>The height of a crop this wide, rounded to whole pixels.</summary>
    public int HeightFor(int width) => (int)Math.Round(width * (double)Height / Width);

    /// <summary>
    /// The largest region of this ratio inside an upright image of the given size, centred on the focal point (in
    /// percent) as far as the edges allow.
    /// </summary>
    public CropRegion RegionIn(int imageWidth, int imageHeight, int focalX, int focalY)
    {
        int width, height;
        if ((long)imageWidth * Height >= (long)imageHeight * Width)
        {
            height = imageHeight;
            width = Math.Max(1, Math.Min(imageWidth, (int)Math.Round(imageHeight * (double)Width / Height)));
        }
        else
        {
            width = imageWidth;
            height = Math.Max(1, Math.Min(imageHeight, (int)Math.Round(imageWidth * (double)Height / Width)));
        }

        var centreX = imageWidth * Math.Clamp(focalX, 0, 100) / 100.0;
        var centreY = imageHeight * Math.Clamp(focalY, 0, 100) / 100.0;
        var left = Math.Clamp((int)Math.Round(centreX - width / 2.0), 0, imageWidth - width);
        var top = Math.Clamp((int)Math.Round(centreY - height / 2.0), 0, imageHeight - height);
        return new CropRegion(left, top, width, height);
    }

    public override string ToString() => Name;
}
