using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Media;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NetVips;

namespace Dateline.IntegrationTests.Media;

/// <summary>The real host with its media storage wrapped in a write counter, and a way to import generated images.</summary>
public class MediaFactory : DatelineFactory
{
    public MediaFactory()
    {
    }

    protected MediaFactory(Dateline.Web.Infrastructure.Data.DatabaseProvider provider) : base(provider)
    {
    }

    public CountingMediaStorage Storage => (CountingMediaStorage)Services.GetRequiredService<IMediaStorage>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var local = Path.Combine(DataPath, "media");
            services.AddSingleton<IMediaStorage>(new CountingMediaStorage(new LocalMediaStorage(local)));
        });
    }

    /// <summary>Imports the bytes through <see cref="MediaLibrary"/> and saves, as the newsroom would.</summary>
    public async Task<MediaAsset> ImportAsync(byte[] bytes, string fileName)
    {
        MediaAsset? asset = null;
        await SeedAsync(async (_, sp) =>
            asset = await sp.GetRequiredService<MediaLibrary>().ImportAsync(new MemoryStream(bytes), fileName, altText: "Test image",
                rights: new MediaRights(MediaLicence.Staff, ReadersMayDownload: true)));
        return asset!;
    }

    /// <summary>A committed fixture file (see Fixtures/README.md).</summary>
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Media", "Fixtures", name));

    /// <summary>A photo-like JPEG: a colour gradient with some texture, so encoders have something to do.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        using var x = Image.Xyz(width, height);
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 20);
        using var red = (x[0] * 255.0 / width).Cast(Enums.BandFormat.Uchar);
        using var green = (x[1] * 255.0 / height).Cast(Enums.BandFormat.Uchar);
        using var blue = noise.Cast(Enums.BandFormat.Uchar);
        using var rgb = red.Bandjoin(green, blue).Copy(interpretation: Enums.Interpretation.Srgb);
        return rgb.JpegsaveBuffer(q: 90);
    }
}
