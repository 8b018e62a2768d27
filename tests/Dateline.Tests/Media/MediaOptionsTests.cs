using Dateline.Web.Features.Media;
using Microsoft.Extensions.Configuration;

namespace Dateline.Tests.Media;

public sealed class MediaOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.True(new MediaOptionsValidator().Validate(null, new MediaOptions()).Succeeded);
        Assert.Equal([320, 480, 640, 800, 1024, 1280, 1600], new MediaOptions().OfferedWidths);
    }

    [Theory]
    [InlineData(new[] { 640, 320 }, "ascending")]
    [InlineData(new[] { 320, 320 }, "ascending")]
    [InlineData(new[] { 0, 320 }, "between 1 and 4096")]
    [InlineData(new[] { -5 }, "between 1 and 4096")]
    [InlineData(new[] { 320, 5000 }, "between 1 and 4096")]
    public void Widths_must_be_positive_ascending_and_at_most_4096(int[] widths, string expected)
    {
        var result = new MediaOptionsValidator().Validate(null, new MediaOptions { Widths = widths });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Upload_limits_must_be_positive()
    {
        var result = new MediaOptionsValidator().Validate(null, new MediaOptions { MaxUploadBytes = 0, MaxPixels = -1 });

        Assert.Contains("MaxUploadBytes", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MaxPixels", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_widths_replace_the_defaults_rather_than_adding_to_them()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Media:Widths:0"] = "400", ["Media:Widths:1"] = "900" })
            .Build();
        var options = new MediaOptions();

        configuration.GetSection(MediaOptions.SectionName).Bind(options);

        Assert.Equal([400, 900], options.OfferedWidths);
    }

    [Theory]
    [InlineData(1600, new[] { 320, 480, 640, 800, 1024, 1280, 1600 })]
    [InlineData(1599, new[] { 320, 480, 640, 800, 1024, 1280 })]
    [InlineData(320, new[] { 320 })]
    [InlineData(100, new[] { 320 })]
    [InlineData(0, new[] { 320, 480, 640, 800, 1024, 1280, 1600 })]
    public void A_srcset_offers_the_widths_no_wider_than_the_original_and_at_least_the_smallest(int originalWidth, int[] expected)
    {
        Assert.Equal(expected, new MediaOptions().WidthsFor(originalWidth));
    }
}
