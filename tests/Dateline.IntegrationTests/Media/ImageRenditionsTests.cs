using Dateline.Web.Features.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Media;

public sealed class ImageRenditionsTests(MediaFactory factory) : IClassFixture<MediaFactory>
{
    [Fact]
    public async Task A_run_makes_webp_and_jpeg_at_every_width_up_to_the_original_and_no_avif()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(1000, 600), "run.jpg");
        var renditions = factory.Services.GetRequiredService<ImageRenditions>();

        await renditions.RunOnceAsync(asset.Id);

        foreach (var width in new[] { 320, 480, 640, 800 })
        {
            Assert.True(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/{width}.webp"), $"{width}.webp");
            Assert.True(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/{width}.jpg"), $"{width}.jpg");
            Assert.False(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/{width}.avif"), $"{width}.avif");
        }

        Assert.False(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/1024.jpg"));
        Assert.False(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/1000.jpg"));
        Assert.Equal(0, await renditions.RunOnceAsync(asset.Id));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Work_left_unfinished_in_the_database_is_finished_by_the_next_run_including_avif()
    {
        await using var host = new MediaFactory();
        host.Settings["Media:AvifInBackground"] = "true";
        var asset = await host.ImportAsync(MediaFactory.Jpeg(700, 400), "crash.jpg");
        var renditions = host.Services.GetRequiredService<ImageRenditions>();
        Assert.True(await WaitForAsync(host, $"renditions/{asset.Id}/640.avif"));

        // As if the node died right after the upload committed: nothing made, the row still says Pending.
        foreach (var width in new[] { 320, 480, 640 })
        {
            foreach (var format in new[] { "webp", "jpg", "avif" })
            {
                await host.Storage.DeleteAsync($"renditions/{asset.Id}/{width}.{format}");
            }
        }

        await host.SeedAsync((db, _) => db.MediaAssets.Where(m => m.Id == asset.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Renditions, RenditionProgress.Pending)));
        while (await renditions.ResumeOneAsync())
        {
        }

        foreach (var width in new[] { 320, 480, 640 })
        {
            Assert.True(await host.Storage.ExistsAsync($"renditions/{asset.Id}/{width}.webp"));
            Assert.True(await host.Storage.ExistsAsync($"renditions/{asset.Id}/{width}.jpg"));
            Assert.True(await host.Storage.ExistsAsync($"renditions/{asset.Id}/{width}.avif"));
        }

        await host.SeedAsync(async (db, _) =>
            Assert.Equal(RenditionProgress.Complete, (await db.MediaAssets.SingleAsync(m => m.Id == asset.Id)).Renditions));
    }

    [Fact]
    public async Task Saving_an_imported_asset_queues_its_renditions()
    {
        var asset = await factory.ImportAsync(MediaFactory.Jpeg(500, 300), "queued.jpg");

        Assert.True(await WaitForAsync(factory, $"renditions/{asset.Id}/480.webp"));
        Assert.True(await factory.Storage.ExistsAsync($"renditions/{asset.Id}/320.jpg"));
    }

    [Fact]
    public async Task A_bad_asset_is_logged_and_skipped_and_the_next_one_is_still_made()
    {
        // A host of its own: this test logs an error on purpose.
        await using var host = new MediaFactory();
        var broken = await host.ImportAsync(MediaFactory.Jpeg(400, 300), "broken.jpg");
        var healthy = await host.ImportAsync(MediaFactory.Jpeg(400, 300), "healthy.jpg");
        var renditions = host.Services.GetRequiredService<ImageRenditions>();
        // The queue runs in order, so once the second asset's last rendition exists the automatic runs are over.
        await WaitForAsync(host, $"renditions/{healthy.Id}/320.jpg");
        await host.Storage.WriteAsync(broken.StorageKey, new MemoryStream("no longer a picture"u8.ToArray()), "image/jpeg");
        await host.Storage.DeleteAsync($"renditions/{broken.Id}/320.webp");
        await host.Storage.DeleteAsync($"renditions/{healthy.Id}/320.webp");

        renditions.Enqueue(broken.Id);
        renditions.Enqueue(healthy.Id);

        Assert.True(await WaitForAsync(host, $"renditions/{healthy.Id}/320.webp"));
        Assert.Contains(host.Warnings, w => w.Contains($"Renditions of media asset {broken.Id} failed", StringComparison.Ordinal));
    }

    private static async Task<bool> WaitForAsync(MediaFactory host, string key)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await host.Storage.ExistsAsync(key))
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }
}
