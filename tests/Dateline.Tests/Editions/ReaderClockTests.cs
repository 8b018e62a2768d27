using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dateline.Tests.Editions;

public sealed class ReaderClockTests
{
    private static ReaderClock Clock(string zone = "Asia/Dubai") =>
        new(Options.Create(new DatelineOptions { TimeZone = zone }), TimeProvider.System);

    [Fact]
    public void The_seed_article_time_reads_as_on_the_original_page()
    {
        var utc = new DateTime(2021, 12, 2, 14, 54, 0, DateTimeKind.Utc);

        Assert.Equal("December 02, 2021 / 6:54 PM", Clock().FormatDateline(utc, EditionStrings.English));
        Assert.Equal("02 ديسمبر 2021 / 6:54 م", Clock().FormatDateline(utc, EditionStrings.Arabic));
    }

    [Theory]
    [InlineData(20, 0, "January 01, 2022 / 12:00 AM")]
    [InlineData(8, 5, "December 31, 2021 / 12:05 PM")]
    [InlineData(9, 0, "December 31, 2021 / 1:00 PM")]
    public void Midnight_and_noon_use_twelve_not_zero(int hourUtc, int minute, string expected)
    {
        Assert.Equal(expected, Clock().FormatDateline(new DateTime(2021, 12, 31, hourUtc, minute, 0, DateTimeKind.Utc), EditionStrings.English));
    }

    [Fact]
    public void Iso_times_carry_the_site_offset()
    {
        Assert.Equal("2021-12-02T18:54:00+04:00", Clock().FormatIso(new DateTime(2021, 12, 2, 14, 54, 0, DateTimeKind.Utc)));
    }
}
