#:sdk Microsoft.NET.Sdk.Web
#:project ../src/Dateline.Web/Dateline.Web.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
// The rendition benchmark's runner (bench/renditions.sh runs it):
//   generate OUT.jpg [WIDTH HEIGHT]: writes a photo-like JPEG (default 4000x3000, 12 megapixels): colour gradients,
//     soft shapes and grain, so encoders have real work; only this generator is kept in the repository, not the file.
//   run ORIGINAL FORMATS: makes every srcset width of ORIGINAL (Media:Widths defaults, those no wider than it) in
//     FORMATS (webp,jpg or avif) with the app's own RenditionStore.MakeSetAsync (one decode with shrink-on-load,
//     every width scaled from it, encodes in parallel up to cores - 1) into a fresh temporary folder, and prints the
//     wall time of that call, the files made, their bytes and the process's peak resident memory (VmHWM).
using System.Diagnostics;
using System.Globalization;
using Dateline.Web.Features.Media;
using Microsoft.Extensions.Logging.Abstractions;
using NetVips;

switch (args.FirstOrDefault())
{
    case "generate":
        Generate(args[1], args.Length > 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4000,
            args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3000);
        return 0;
    case "run":
        return await RunAsync(args[1], args[2]);
    default:
        Console.Error.WriteLine("usage: renditions.cs generate OUT.jpg [WIDTH HEIGHT] | run ORIGINAL webp,jpg|avif");
        return 2;
}

static void Generate(string path, int width, int height)
{
    using var xy = Image.Xyz(width, height);
    using var x = xy[0];
    using var y = xy[1];
    // Sky-to-ground gradient, a few soft discs ("subjects"), then grain like a high-ISO photo.
    using var red = x * (200.0 / width) + 30;
    using var green = y * (160.0 / height) + 40;
    using var blue = (x + y) * (120.0 / (width + height)) + 90;
    var rgb = red.Bandjoin(green, blue);
    foreach (var (cx, cy, r, tint) in new[] { (0.3, 0.55, 0.18, 60.0), (0.7, 0.4, 0.12, -50.0), (0.55, 0.8, 0.08, 80.0) })
    {
        using var dx = x - cx * width;
        using var dy = y - cy * height;
        using var distance = (dx * dx + dy * dy).Pow(0.5);
        using var falloff = 1.0 - distance / (r * width);
        using var clipped = (falloff > 0).Ifthenelse(falloff, 0.0);
        var next = rgb + clipped * tint;
        rgb.Dispose();
        rgb = next;
    }

    using var grain = Image.Gaussnoise(width, height, mean: 0, sigma: 14);
    using var noisy = rgb + grain;
    rgb.Dispose();
    using var photo = noisy.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
    photo.Jpegsave(path, q: 92);
    Console.WriteLine($"{path}: {width}x{height}, {new FileInfo(path).Length:N0} bytes");
}

static async Task<int> RunAsync(string originalPath, string formatList)
{
    var formats = formatList.Split(',').Select(f => RenditionFormat.FromExtension(f) ?? throw new ArgumentException($"unknown format {f}")).ToList();
    var root = Path.Combine(Path.GetTempPath(), "dateline-renditions-bench-" + Guid.NewGuid().ToString("N"));
    var storage = new LocalMediaStorage(root);
    try
    {
        await using (var file = File.OpenRead(originalPath))
        {
            await storage.WriteAsync("originals/bench.jpg", file, "image/jpeg");
        }

        int width, height;
        using (var header = Image.NewFromFile(originalPath, access: Enums.Access.Sequential))
        {
            (width, height) = (header.Width, header.Height);
        }

        var original = new OriginalImage(1, "originals/bench.jpg", "image/jpeg", width, height);
        var widths = new MediaOptions().WidthsFor(width);
        using var store = new RenditionStore(storage, NullLogger<RenditionStore>.Instance);

        var started = Stopwatch.GetTimestamp();
        var made = await store.MakeSetAsync(original, widths, formats);
        var elapsed = Stopwatch.GetElapsedTime(started);

        var bytes = Directory.EnumerateFiles(Path.Combine(root, "renditions"), "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{formatList}: {made} files ({string.Join(' ', widths)} px), {bytes / 1024.0:N0} KiB, wall {elapsed.TotalMilliseconds:N0} ms, " +
            $"peak RSS {PeakRssMiB():N0} MiB, {Environment.ProcessorCount} cores"));
        return 0;
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static double PeakRssMiB()
{
    var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}
