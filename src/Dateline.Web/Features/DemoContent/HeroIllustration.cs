using System.Diagnostics.CodeAnalysis;

namespace Dateline.Web.Features.DemoContent;

/// <summary>
/// Paints stand-in hero pictures for the demo articles: a gradient in the section's colours under a few translucent
/// shapes (a skyline for the UAE, a globe for World, a rising chart for Business…), so that a first start needs no
/// downloads and ships no licensed photographs. The same style and seed always give the same picture.
/// </summary>
internal static class HeroIllustration
{
    public const int Width = 1600;
    public const int Height = 900;

    public static IllustrationCanvas CreateCanvas() => new(Width, Height);

    public static bool IsKnownStyle(string style) => Look.TryFor(style, out _);

    public static byte[] Paint(string style, int seed, IllustrationCanvas canvas)
    {
        if (!Look.TryFor(style, out var look))
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown illustration style.");
        }

        var random = new Random(seed);
        // Nudge the palette per picture so a section's pictures are related but not identical.
        look = look with { Light = look.Light.Mix(look.Accent, random.NextDouble() * 0.25), Dark = look.Dark.Mix(look.Light, random.NextDouble() * 0.12) };

        var angle = (random.Next(2) == 0 ? 20 : 110) + random.Next(50);
        var glow = new IllustrationCanvas.Glow(
            look.Light.Mix(look.Accent, 0.5), 0.45, random.Next(Width / 5, Width * 4 / 5), random.Next(Height / 6, Height / 2), 260, 480);
        var streak = new IllustrationCanvas.Streak(
            look.Light, 0.07, random.Next(Width), random.Next(Height), angle + 90 + random.Next(-20, 20), random.Next(60, 220));
        canvas.Backdrop(look.Dark, look.Light, angle, glow, streak);

        // Out-of-focus discs behind the motif give depth without competing with it.
        var discs = random.Next(3, 7);
        for (var i = 0; i < discs; i++)
        {
            var radius = random.Next(40, 170);
            canvas.Circle(random.Next(Width), random.Next(Height), radius, soft: 2 + random.Next(radius / 2));
            canvas.Fill(i % 2 == 0 ? look.Light : look.Accent, 0.08 + (random.NextDouble() * 0.12));
        }

        switch (look.Motif)
        {
            case Motif.Skyline when look.Dunes && random.Next(2) == 0:
                Dunes(canvas, look, random);
                break;
            case Motif.Skyline:
                Skyline(canvas, look, random);
                break;
            case Motif.Globe when random.Next(3) == 0:
                Network(canvas, look, random);
                break;
            case Motif.Globe:
                Globe(canvas, look, random);
                break;
            case Motif.Chart:
                Chart(canvas, look, random);
                break;
            case Motif.Pitch when random.Next(3) == 0:
                Track(canvas, look, random);
                break;
            case Motif.Pitch:
                Pitch(canvas, look, random);
                break;
            case Motif.Circuit:
                Circuit(canvas, look, random);
                break;
            case Motif.Arcade:
                Arcade(canvas, look, random);
                break;
        }

        return canvas.ToJpeg(quality: 84, vignette: 0.35);
    }

    private static void Skyline(IllustrationCanvas canvas, Look look, Random random)
    {
        // The sun stays above the far towers; where translucent towers cross it, it looks striped.
        var sun = (X: random.Next(Width / 6, Width * 5 / 6), Y: random.Next(Height / 6, Height / 3));
        canvas.Circle(sun.X, sun.Y, 240, soft: 300);
        canvas.Fill(look.Accent, 0.35);
        canvas.Circle(sun.X, sun.Y, random.Next(70, 110));
        canvas.Fill(look.Accent, 0.9);

        Buildings(canvas, random, (int)(Height * 0.80), 120, 300, domes: false);
        canvas.Fill(look.Light, 0.28);
        Buildings(canvas, random, (int)(Height * 0.90), 50, 240, domes: true);
        canvas.Fill(look.Dark, 0.88);

        // Light on the water of a creek or lagoon in front of the city.
        for (var i = 0; i < 26; i++)
        {
            var y = (Height * 0.915) + random.Next((int)(Height * 0.08));
            var x = random.Next(-100, Width);
            canvas.Line(x, y, x + random.Next(40, 240), y, 2.5);
        }

        canvas.Fill(look.Accent, 0.45);
    }

    private static void Dunes(IllustrationCanvas canvas, Look look, Random random)
    {
        var sun = (X: random.Next(Width / 6, Width * 5 / 6), Y: random.Next(Height / 6, Height * 2 / 5));
        canvas.Circle(sun.X, sun.Y, 260, soft: 320);
        canvas.Fill(look.Accent, 0.35);
        canvas.Circle(sun.X, sun.Y, random.Next(60, 100));
        canvas.Fill(look.Accent, 0.9);

        // Three ridges, from the pale far dunes to the dark near ones.
        for (var layer = 0; layer < 3; layer++)
        {
            var baseline = Height * (0.58 + (layer * 0.13));
            canvas.Ridge(baseline, random.Next(25, 60) - (layer * 5), random.Next(500, 1100), random.NextDouble() * Math.PI * 2);
            canvas.Fill(look.Light.Mix(look.Dark, 0.3 + (layer * 0.3)), 0.55 + (layer * 0.15));
        }

        // A few palms on the nearest ridge; fronds droop along short parabolas from the crown.
        for (var palm = random.Next(1, 4); palm > 0; palm--)
        {
            var (x, y) = (random.Next(Width / 10, Width * 9 / 10), Height * 0.92);
            var height = random.Next(150, 230);
            var lean = random.Next(-30, 30);
            var crown = (X: x + lean, Y: y - height);
            canvas.Line(x, y, crown.X, crown.Y, 9);
            for (var frond = 0; frond < 9; frond++)
            {
                var angle = Math.PI * (1.08 + (frond * 0.105));
                var length = random.Next(80, 120);
                var frondPoints = Enumerable.Range(0, 9).Select(i => i / 8.0).Select(t => (
                    crown.X + (length * t * Math.Cos(angle)),
                    crown.Y + (length * t * Math.Sin(angle)) + (70 * t * t))).ToList();
                canvas.Polyline(frondPoints, 5);
            }
        }

        canvas.Fill(look.Dark, 0.85);
    }

    private static void Network(IllustrationCanvas canvas, Look look, Random random)
    {
        for (var y = 60; y < Height; y += 60)
        {
            canvas.Line(0, y, Width, y, 1.5);
        }

        canvas.Fill(look.Light, 0.12);

        var nodes = Enumerable.Range(0, 14)
            .Select(_ => (X: (double)random.Next(Width / 12, Width * 11 / 12), Y: (double)random.Next(Height / 8, Height * 7 / 8)))
            .ToList();
        foreach (var (a, i) in nodes.Select((n, i) => (n, i)))
        {
            // Each node links to its two nearest neighbours, like capitals joined by diplomatic lines.
            foreach (var b in nodes.Skip(i + 1).OrderBy(n => Math.Pow(n.X - a.X, 2) + Math.Pow(n.Y - a.Y, 2)).Take(2))
            {
                canvas.Line(a.X, a.Y, b.X, b.Y, 2.5);
            }
        }

        canvas.Fill(look.Light, 0.55);
        foreach (var (x, y) in nodes)
        {
            canvas.Circle(x, y, 30, soft: 30);
        }

        canvas.Fill(look.Accent, 0.35);
        foreach (var (x, y) in nodes)
        {
            canvas.Circle(x, y, random.Next(6, 13));
        }

        canvas.Fill(look.Accent, 0.95);
    }

    private static void Buildings(IllustrationCanvas canvas, Random random, int baseline, int lowest, int highest, bool domes)
    {
        canvas.Rect(0, baseline, Width, Height - baseline, soft: 1);
        var left = -random.Next(40);
        while (left < Width)
        {
            var width = random.Next(40, 130);
            var height = random.Next(lowest, highest);
            canvas.Rect(left, baseline - height, width, height, soft: 1);
            var roll = random.NextDouble();
            if (domes && roll < 0.22)
            {
                canvas.Circle(left + (width / 2.0), baseline - height, width / 2.0, soft: 1);
                if (random.Next(2) == 0)
                {
                    var tower = height + random.Next(90, 170);
                    canvas.Rect(left + width + 6, baseline - tower, 14, tower, soft: 1);
                    canvas.Circle(left + width + 13, baseline - tower, 11, soft: 1);
                    left += 26;
                }
            }
            else if (roll < 0.40)
            {
                var spire = random.Next(40, 140);
                canvas.Rect(left + (width / 2.0) - 3, baseline - height - spire, 6, spire, soft: 1);
            }

            left += width + random.Next(-12, 10);
        }
    }

    private static void Globe(IllustrationCanvas canvas, Look look, Random random)
    {
        var (cx, cy, r) = (random.Next(Width * 11 / 20, Width * 14 / 20), random.Next(Height * 9 / 20, Height * 11 / 20), random.Next(300, 370));
        canvas.Circle(cx, cy, r);
        canvas.Fill(look.Light, 0.16);

        canvas.Ring(cx, cy, r, 4);
        for (var k = -3; k <= 3; k++)
        {
            var y = cy + (k * r / 4.0);
            var half = Math.Sqrt((r * r) - ((y - cy) * (y - cy)));
            canvas.Line(cx - half, y, cx + half, y, 2.5);
        }

        foreach (var fraction in new[] { 0.0, 0.3, 0.6, 0.88 })
        {
            var meridian = Enumerable.Range(0, 97)
                .Select(s => s * Math.PI * 2 / 96)
                .Select(a => (cx + (r * fraction * Math.Sin(a)), cy - (r * Math.Cos(a))))
                .ToList();
            canvas.Polyline(meridian, 2.5);
        }

        canvas.Fill(look.Light, 0.5);

        var cities = Enumerable.Range(0, 6).Select(_ =>
        {
            var angle = random.NextDouble() * Math.PI * 2;
            var distance = Math.Sqrt(random.NextDouble()) * r * 0.85;
            return (X: cx + (distance * Math.Cos(angle)), Y: cy + (distance * Math.Sin(angle)));
        }).ToList();
        foreach (var city in cities.Skip(1))
        {
            // Bowed like a flight path on a map.
            var from = cities[0];
            var control = (X: (from.X + city.X) / 2, Y: Math.Min(from.Y, city.Y) - random.Next(60, 160));
            var path = Enumerable.Range(0, 41).Select(s => s / 40.0).Select(t => (
                ((1 - t) * (1 - t) * from.X) + (2 * (1 - t) * t * control.X) + (t * t * city.X),
                ((1 - t) * (1 - t) * from.Y) + (2 * (1 - t) * t * control.Y) + (t * t * city.Y))).ToList();
            canvas.Polyline(path, 3);
        }

        foreach (var (x, y) in cities)
        {
            canvas.Circle(x, y, 9);
        }

        canvas.Fill(look.Accent, 0.9);
    }

    private static void Chart(IllustrationCanvas canvas, Look look, Random random)
    {
        for (var y = 90; y < Height; y += 90)
        {
            canvas.Line(0, y, Width, y, 1.5);
        }

        canvas.Fill(look.Light, 0.18);

        var count = random.Next(9, 14);
        var slot = Width / (count + 1.0);
        var width = slot * 0.55;
        var level = Height * 0.25;
        var tops = new List<(double X, double Y)>();
        for (var i = 0; i < count; i++)
        {
            level += (Height * 0.04) + (random.NextDouble() * Height * 0.05) - (random.NextDouble() < 0.3 ? Height * 0.09 : 0);
            var height = Math.Min(level, Height * 0.82);
            var left = (slot / 2) + (i * slot);
            canvas.Rect(left, Height - height, width, height);
            tops.Add((left + (width / 2), Height - height - 40));
        }

        canvas.Fill(look.Light, 0.3);
        canvas.Polyline(tops, 7);
        foreach (var (x, y) in tops)
        {
            canvas.Circle(x, y, 10);
        }

        canvas.Fill(look.Accent, 0.92);
    }

    private static void Pitch(IllustrationCanvas canvas, Look look, Random random)
    {
        var stripes = random.Next(8, 13);
        var stripe = Width / (double)stripes;
        for (var i = 0; i < stripes; i += 2)
        {
            canvas.Rect(i * stripe, 0, stripe, Height, soft: 1);
        }

        canvas.Fill(look.Light, 0.12);

        var cx = random.Next(Width * 2 / 5, Width * 3 / 5);
        var cy = Height / 2.0;
        var scale = 0.9 + (random.NextDouble() * 0.4);
        canvas.Ring(cx, cy, 150 * scale, 5);
        canvas.Circle(cx, cy, 9);
        canvas.Line(cx, -10, cx, Height + 10, 5);
        var (boxWidth, boxHeight) = (260 * scale, 440 * scale);
        canvas.Frame(cx - (700 * scale), cy - (boxHeight / 2), boxWidth, boxHeight, 5);
        canvas.Frame(cx + (700 * scale) - boxWidth, cy - (boxHeight / 2), boxWidth, boxHeight, 5);
        canvas.Fill(look.Accent, 0.7);

        var ball = (X: random.Next(Width / 6, Width * 5 / 6), Y: random.Next(Height / 5, Height * 4 / 5));
        canvas.Circle(ball.X + 10, ball.Y + 14, 24, soft: 10);
        canvas.Fill(look.Dark, 0.5);
        canvas.Circle(ball.X, ball.Y, 22);
        canvas.Fill(look.Accent, 0.95);
    }

    private static void Track(IllustrationCanvas canvas, Look look, Random random)
    {
        // Lanes of a running track bending round from off the canvas.
        var (cx, cy) = (random.Next(2) == 0 ? -200 : Width + 200, Height + random.Next(100, 300));
        var inner = random.Next(520, 640);
        canvas.Ring(cx, cy, inner + 240, 480);
        canvas.Fill(look.Dark.Mix(look.Accent, 0.1), 0.35);
        for (var lane = 0; lane <= 8; lane++)
        {
            canvas.Ring(cx, cy, inner + (lane * 60), 4);
        }

        canvas.Fill(look.Accent, 0.65);
    }

    private static void Circuit(IllustrationCanvas canvas, Look look, Random random)
    {
        for (var y = 20; y < Height; y += 40)
        {
            for (var x = 20; x < Width; x += 40)
            {
                canvas.Circle(x, y, 2);
            }
        }

        canvas.Fill(look.Light, 0.3);

        var traces = new List<List<(double X, double Y)>>();
        for (var i = 0; i < 16; i++)
        {
            var (x, y) = (random.Next(Width / 40) * 40.0, random.Next(Height / 40) * 40.0);
            var (dx, dy) = (random.Next(2) == 0 ? 1 : -1, random.Next(2) == 0 ? 1 : -1);
            var trace = new List<(double X, double Y)> { (x, y) };
            for (var leg = 0; leg < 3; leg++)
            {
                var run = random.Next(2, 8) * 40;
                (x, y) = leg == 1 ? (x + (dx * run / 2), y + (dy * run / 2)) : (x + (dx * run), y);
                trace.Add((x, y));
            }

            traces.Add(trace);
        }

        // A blurred pass under the sharp one makes the traces glow.
        foreach (var trace in traces)
        {
            canvas.Polyline(trace, 16);
        }

        canvas.Fill(look.Accent, 0.12);
        foreach (var trace in traces)
        {
            canvas.Polyline(trace, 4);
            canvas.Ring(trace[^1].X, trace[^1].Y, 8, 3);
        }

        canvas.Fill(look.Accent, 0.9);

        var (cx, cy) = (random.Next(Width / 4, Width * 3 / 4), random.Next(Height / 3, Height * 2 / 3));
        canvas.Rect(cx - 90, cy - 90, 180, 180);
        for (var i = -3; i <= 3; i++)
        {
            canvas.Rect(cx + (i * 24) - 4, cy - 120, 8, 240);
            canvas.Rect(cx - 120, cy + (i * 24) - 4, 240, 8);
        }

        canvas.Fill(look.Dark, 0.85);
        canvas.Frame(cx - 90, cy - 90, 180, 180, 3);
        canvas.Fill(look.Accent, 0.6);
    }

    private static void Arcade(IllustrationCanvas canvas, Look look, Random random)
    {
        var count = random.Next(4, 7);
        var wallTop = random.Next(Height * 2 / 5, Height / 2);
        canvas.Rect(0, wallTop - 80, Width, Height - wallTop + 80);
        var slot = Width / (double)count;
        var width = slot * 0.6;
        var springing = wallTop + (width / 2);
        for (var i = 0; i < count; i++)
        {
            var cx = (slot / 2) + (i * slot);
            canvas.Rect(cx - (width / 2), springing, width, Height - springing - 60, erase: true);
            canvas.Circle(cx, springing, width / 2, erase: true);
        }

        canvas.Fill(look.Dark, 0.6);

        var (rx, ry, r) = (random.Next(Width / 5, Width * 4 / 5), random.Next(Height / 6, Math.Max(Height / 6 + 1, wallTop - 140)), random.Next(70, 110));
        canvas.Ring(rx, ry, r, 3);
        canvas.Ring(rx, ry, r / 2.0, 3);
        for (var i = 0; i < 12; i++)
        {
            var angle = i * Math.PI / 6;
            canvas.Ring(rx + (r * Math.Cos(angle)), ry + (r * Math.Sin(angle)), r / 2.0, 3);
        }

        canvas.Fill(look.Accent, 0.8);
    }

    private enum Motif
    {
        Skyline,
        Globe,
        Chart,
        Pitch,
        Circuit,
        Arcade,
    }

    private sealed record Look(Rgb Dark, Rgb Light, Rgb Accent, Motif Motif, bool Dunes = false)
    {
        public static bool TryFor(string style, [NotNullWhen(true)] out Look? look)
        {
            look = For(style);
            return look is not null;
        }

        private static Look? For(string style) => style switch
        {
            "uae" => new(Rgb.Parse("#0b3c49"), Rgb.Parse("#e3b76b"), Rgb.Parse("#fff0d2"), Motif.Skyline, Dunes: true),
            "sharjah" => new(Rgb.Parse("#2a1f57"), Rgb.Parse("#f0875a"), Rgb.Parse("#ffd696"), Motif.Skyline),
            "world" => new(Rgb.Parse("#0d1b3d"), Rgb.Parse("#5a8fc7"), Rgb.Parse("#ffc478"), Motif.Globe),
            "business" => new(Rgb.Parse("#162030"), Rgb.Parse("#4a768c"), Rgb.Parse("#f2c14e"), Motif.Chart),
            "sports" => new(Rgb.Parse("#0c4628"), Rgb.Parse("#52aa60"), Rgb.Parse("#f5faf0"), Motif.Pitch),
            "technology" => new(Rgb.Parse("#0a0f24"), Rgb.Parse("#5b3cc4"), Rgb.Parse("#39d0ff"), Motif.Circuit),
            "culture" => new(Rgb.Parse("#3d1030"), Rgb.Parse("#e8a33d"), Rgb.Parse("#3fc1c9"), Motif.Arcade),
            _ => null,
        };
    }
}
