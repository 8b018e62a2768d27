#:property ManagePackageVersionsCentrally=false
#:package NetVips@3.2.0
#:package NetVips.Native@8.18.7
// Draws the plain pictures make-fixtures.sh starts from: a textured gradient (photo-like, so encoders have work).
using NetVips;

var folder = args[0];
using var jpeg = Picture(480, 320, noise: true);
jpeg.Jpegsave(Path.Combine(folder, "base.jpg"), q: 80);
using var small = Picture(160, 100, noise: false);
small.Pngsave(Path.Combine(folder, "base.png"), compression: 9);
// Two frames, red then blue, stacked as libvips stores pages; renditions must show the red first frame.
using var red = (Image.Black(160, 100) + new double[] { 220, 30, 30 }).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
using var blue = (Image.Black(160, 100) + new double[] { 30, 30, 220 }).Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
using var frames = red.Join(blue, Enums.Direction.Vertical).Mutate(m => m.Set(GValue.GIntType, "page-height", 100));
frames.Gifsave(Path.Combine(folder, "base.gif"));
small.Webpsave(Path.Combine(folder, "base.webp"), q: 70);

static Image Picture(int w, int h, bool noise)
{
    using var x = Image.Xyz(w, h);
    using var red = (x[0] * 255.0 / w).Cast(Enums.BandFormat.Uchar);
    using var green = (x[1] * 255.0 / h).Cast(Enums.BandFormat.Uchar);
    using var blue = noise ? Image.Gaussnoise(w, h, mean: 128, sigma: 20).Cast(Enums.BandFormat.Uchar) : (x[0] * 0 + 96).Cast(Enums.BandFormat.Uchar);
    return red.Bandjoin(green, blue).Copy(interpretation: Enums.Interpretation.Srgb);
}
