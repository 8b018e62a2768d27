using NetVips;

namespace Dateline.Web.Features.DemoContent;

/// <summary>
/// A small painter for flat editorial illustrations: shapes are drawn into a coverage mask with soft, anti-aliased
/// edges, then the mask is filled with one colour at some opacity. Pixels are plain arrays because a few thousand
/// shapes per picture cost far more as individual libvips draw calls (about half a millisecond each); libvips only
/// encodes and enlarges the result. Shapes are placed in picture coordinates but painted at <c>scale</c> (half size by
/// default, a quarter of the pixels) because a first start paints dozens of pictures, often from a Debug build.
/// A canvas is large, so one is reused for many pictures, but never by two threads at once.
/// </summary>
internal sealed class IllustrationCanvas
{
    private static readonly float[] Dither =
    [
        0, 8, 2, 10,
        12, 4, 14, 6,
        3, 11, 1, 9,
        15, 7, 13, 5,
    ];

    private readonly float[] _pixels;
    private readonly float[] _mask;
    private readonly byte[] _bytes;
    private readonly int _w, _h;
    private readonly double _scale;
    private int _left, _top, _right, _bottom;

    public IllustrationCanvas(int width, int height, double scale = 0.5)
    {
        Width = width;
        Height = height;
        _scale = scale;
        (_w, _h) = ((int)Math.Round(width * scale), (int)Math.Round(height * scale));
        _pixels = new float[_w * _h * 3];
        _mask = new float[_w * _h];
        _bytes = new byte[_w * _h * 3];
        ResetBounds();
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>
    /// Paints the whole canvas in one pass, as every picture starts: a linear gradient at an angle, a soft glow and a
    /// faint straight streak of light. One pass instead of three matters when a Debug build paints dozens of pictures.
    /// </summary>
    public void Backdrop(Rgb from, Rgb to, double angleDegrees, Glow glow, Streak streak)
    {
        var (cos, sin) = (Math.Cos(angleDegrees * Math.PI / 180), Math.Sin(angleDegrees * Math.PI / 180));
        double[] corners = [0, _w * cos, _h * sin, (_w * cos) + (_h * sin)];
        var (min, span) = (corners.Min(), corners.Max() - corners.Min());
        var (gx, gy, gr, gs) = (glow.X * _scale, glow.Y * _scale, glow.Radius * _scale, glow.Soft * _scale);
        var streakAngle = streak.AngleDegrees * Math.PI / 180;
        var (nx, ny) = (-Math.Sin(streakAngle), Math.Cos(streakAngle));
        var (sx, sy, half) = (streak.X * _scale, streak.Y * _scale, streak.Width * _scale / 2);
        for (var y = 0; y < _h; y++)
        {
            for (var x = 0; x < _w; x++)
            {
                var t = (float)(((x * cos) + (y * sin) - min) / span);
                var (r, g, b) = (from.R + ((to.R - from.R) * t), from.G + ((to.G - from.G) * t), from.B + ((to.B - from.B) * t));

                var distance = Math.Sqrt(((x - gx) * (x - gx)) + ((y - gy) * (y - gy)));
                var a = (float)(Math.Clamp(((gr - distance) / gs) + 0.5, 0, 1) * glow.Opacity);
                (r, g, b) = (r + ((glow.Color.R - r) * a), g + ((glow.Color.G - g) * a), b + ((glow.Color.B - b) * a));

                a = (float)(Math.Clamp(((half - Math.Abs(((x - sx) * nx) + ((y - sy) * ny))) / 2) + 0.5, 0, 1) * streak.Opacity);
                (r, g, b) = (r + ((streak.Color.R - r) * a), g + ((streak.Color.G - g) * a), b + ((streak.Color.B - b) * a));

                var i = ((y * _w) + x) * 3;
                (_pixels[i], _pixels[i + 1], _pixels[i + 2]) = (r, g, b);
            }
        }
    }

    /// <summary>Adds a disc to the mask; a large <paramref name="soft"/> gives an out-of-focus glow.</summary>
    public void Circle(double cx, double cy, double radius, double soft = 1.2, bool erase = false)
    {
        Cover(cx - radius - soft, cy - radius - soft, cx + radius + soft, cy + radius + soft, erase, new Disc(cx, cy, radius, soft));
    }

    public void Ring(double cx, double cy, double radius, double thickness, double soft = 1.2)
    {
        var outer = radius + thickness + soft;
        Cover(cx - outer, cy - outer, cx + outer, cy + outer, false, new Annulus(cx, cy, radius, thickness / 2, soft));
    }

    public void Rect(double left, double top, double width, double height, double soft = 1.2, bool erase = false)
    {
        var (right, bottom) = (left + width, top + height);
        Cover(left - soft, top - soft, right + soft, bottom + soft, erase, new Box(left, top, right, bottom, soft));
    }

    /// <summary>Adds a rectangle's outline, drawn inside its edges.</summary>
    public void Frame(double left, double top, double width, double height, double thickness)
    {
        Rect(left, top, width, thickness);
        Rect(left, top + height - thickness, width, thickness);
        Rect(left, top, thickness, height);
        Rect(left + width - thickness, top, thickness, height);
    }

    /// <summary>Adds a straight stroke with round ends.</summary>
    public void Line(double x0, double y0, double x1, double y1, double thickness, double soft = 1.2)
    {
        var pad = (thickness / 2) + soft;
        Cover(Math.Min(x0, x1) - pad, Math.Min(y0, y1) - pad, Math.Max(x0, x1) + pad, Math.Max(y0, y1) + pad, false,
            new Capsule(x0, y0, x1 - x0, y1 - y0, thickness / 2, soft));
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, double thickness)
    {
        for (var i = 1; i < points.Count; i++)
        {
            Line(points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y, thickness);
        }
    }

    /// <summary>Covers everything below a gentle wave, like a dune or a hill seen from the side.</summary>
    public void Ridge(double baseline, double amplitude, double wavelength, double phase, double soft = 1.5)
    {
        Cover(0, baseline - (amplitude * 1.5), Width, Height, false, new Wave(baseline, amplitude, 2 * Math.PI / wavelength, phase, soft));
    }

    /// <summary>Blends the colour into the canvas wherever the mask covers it, then clears the mask.</summary>
    public void Fill(Rgb color, double opacity)
    {
        for (var y = _top; y < _bottom; y++)
        {
            for (var x = _left; x < _right; x++)
            {
                var m = (y * _w) + x;
                var a = _mask[m] * (float)opacity;
                if (a <= 0)
                {
                    continue;
                }

                var i = m * 3;
                _pixels[i] += (color.R - _pixels[i]) * a;
                _pixels[i + 1] += (color.G - _pixels[i + 1]) * a;
                _pixels[i + 2] += (color.B - _pixels[i + 2]) * a;
                _mask[m] = 0;
            }
        }

        ResetBounds();
    }

    /// <summary>Darkens the corners as a lens does, then encodes the picture at full size.</summary>
    public byte[] ToJpeg(int quality, double vignette)
    {
        var (cx, cy) = (_w / 2.0, _h / 2.0);
        var far = (cx * cx) + (cy * cy);
        for (var y = 0; y < _h; y++)
        {
            for (var x = 0; x < _w; x++)
            {
                var shade = (float)(1 - (vignette * (((x - cx) * (x - cx)) + ((y - cy) * (y - cy))) / far));
                // Ordered dithering keeps long, gentle gradients from breaking into visible steps.
                var offset = (Dither[((y & 3) * 4) + (x & 3)] / 16f) - 0.5f;
                var i = ((y * _w) + x) * 3;
                for (var band = 0; band < 3; band++)
                {
                    _bytes[i + band] = (byte)Math.Clamp(MathF.Round((_pixels[i + band] * shade) + offset), 0, 255);
                }
            }
        }

        using var image = Image.NewFromMemory(_bytes, _w, _h, 3, Enums.BandFormat.Uchar);
        using var full = image.Resize(Width / (double)_w, vscale: Height / (double)_h, kernel: Enums.Kernel.Linear);
        using var srgb = full.Copy(interpretation: Enums.Interpretation.Srgb);
        return srgb.JpegsaveBuffer(q: quality, optimizeCoding: true, keep: Enums.ForeignKeep.None);
    }

    // Generic over a struct so the JIT inlines each shape's coverage into the pixel loop.
    private void Cover<TShape>(double left, double top, double right, double bottom, bool erase, TShape shape)
        where TShape : struct, IShape
    {
        // Bounds and shapes are in picture coordinates; the loop runs over the canvas's own, smaller pixels.
        var x0 = Math.Max(0, (int)Math.Floor(left * _scale) - 1);
        var y0 = Math.Max(0, (int)Math.Floor(top * _scale) - 1);
        var x1 = Math.Min(_w, (int)Math.Ceiling(right * _scale) + 2);
        var y1 = Math.Min(_h, (int)Math.Ceiling(bottom * _scale) + 2);
        if (x0 >= x1 || y0 >= y1)
        {
            return;
        }

        // An edge narrower than one canvas pixel would alias.
        var soft = Math.Max(shape.Soft, 1 / _scale);
        for (var y = y0; y < y1; y++)
        {
            var py = (y + 0.5) / _scale;
            for (var x = x0; x < x1; x++)
            {
                var c = (float)Math.Clamp((shape.Inside((x + 0.5) / _scale, py) / soft) + 0.5, 0, 1);
                var m = (y * _w) + x;
                _mask[m] = erase ? Math.Min(_mask[m], 1 - c) : Math.Max(_mask[m], c);
            }
        }

        if (!erase)
        {
            (_left, _top) = (Math.Min(_left, x0), Math.Min(_top, y0));
            (_right, _bottom) = (Math.Max(_right, x1), Math.Max(_bottom, y1));
        }
    }

    private void ResetBounds() => (_left, _top, _right, _bottom) = (_w, _h, 0, 0);

    /// <summary>A soft disc of light on the backdrop, fading over <see cref="Soft"/> pixels around its radius.</summary>
    public readonly record struct Glow(Rgb Color, double Opacity, double X, double Y, double Radius, double Soft);

    /// <summary>A faint straight band of light across the backdrop.</summary>
    public readonly record struct Streak(Rgb Color, double Opacity, double X, double Y, double AngleDegrees, double Width);

    /// <summary>A shape as a signed distance: positive inside, negative outside, in pixels.</summary>
    private interface IShape
    {
        double Soft { get; }

        double Inside(double x, double y);
    }

    private readonly record struct Disc(double Cx, double Cy, double Radius, double Soft) : IShape
    {
        public double Inside(double x, double y) => Radius - Math.Sqrt(((x - Cx) * (x - Cx)) + ((y - Cy) * (y - Cy)));
    }

    private readonly record struct Annulus(double Cx, double Cy, double Radius, double HalfWidth, double Soft) : IShape
    {
        public double Inside(double x, double y) =>
            HalfWidth - Math.Abs(Math.Sqrt(((x - Cx) * (x - Cx)) + ((y - Cy) * (y - Cy))) - Radius);
    }

    private readonly record struct Box(double Left, double Top, double Right, double Bottom, double Soft) : IShape
    {
        public double Inside(double x, double y) => Math.Min(Math.Min(x - Left, Right - x), Math.Min(y - Top, Bottom - y));
    }

    private readonly record struct Capsule(double X0, double Y0, double Dx, double Dy, double HalfWidth, double Soft) : IShape
    {
        public double Inside(double x, double y)
        {
            var t = Math.Clamp((((x - X0) * Dx) + ((y - Y0) * Dy)) / Math.Max((Dx * Dx) + (Dy * Dy), 1e-9), 0, 1);
            var (px, py) = (X0 + (t * Dx) - x, Y0 + (t * Dy) - y);
            return HalfWidth - Math.Sqrt((px * px) + (py * py));
        }
    }

    /// <summary>The vertical distance below the wave; close enough to the true distance for gentle slopes.</summary>
    private readonly record struct Wave(double Baseline, double Amplitude, double Frequency, double Phase, double Soft) : IShape
    {
        public double Inside(double x, double y) =>
            y - Baseline - (Amplitude * Math.Sin((x * Frequency) + Phase)) - (Amplitude * 0.35 * Math.Sin((x * Frequency * 2.7) + (Phase * 1.3)));
    }

}
