using System.Net;
using Dateline.Web.Features.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.IntegrationTests.Media;

public sealed class MediaHostTests
{
    [Fact]
    public async Task The_host_refuses_to_start_with_widths_out_of_order()
    {
        await using var host = new MediaFactory { Settings = { ["Media:Widths:0"] = "800", ["Media:Widths:1"] = "400" } };

        var error = Assert.Throws<OptionsValidationException>(() => host.CreateClient());

        Assert.Contains("ascending", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_widths_are_the_only_ones_served()
    {
        await using var host = new MediaFactory { Settings = { ["Media:Widths:0"] = "300", ["Media:Widths:1"] = "600" } };
        var asset = await host.ImportAsync(MediaFactory.Jpeg(800, 400), "widths.jpg");
        var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/media/{asset.Id}/600.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/media/{asset.Id}/640.webp")).StatusCode);
    }

    [Fact]
    public async Task A_known_asset_is_served_without_asking_the_database_again()
    {
        await using var host = new MediaFactory();
        var asset = await host.ImportAsync(MediaFactory.Jpeg(800, 400), "cached.jpg");
        var client = host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/media/{asset.Id}/320.jpg")).StatusCode);

        // With the row gone, only the remembered lookup can still find the original.
        await host.SeedAsync((db, _) => db.MediaAssets.Where(m => m.Id == asset.Id).ExecuteDeleteAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/media/{asset.Id}/640.avif")).StatusCode);
    }
}
