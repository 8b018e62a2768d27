using System.Globalization;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Calendar;

public sealed class HeaderDateTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Fact]
    public async Task Both_editions_show_todays_gregorian_and_hijri_dates_in_their_language()
    {
        var client = factory.CreateClient();
        var dubai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Dubai");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, dubai).DateTime);
        var hijri = new UmAlQuraCalendar();
        var day = today.ToDateTime(TimeOnly.MinValue);

        var (_, english) = await HtmlPage.GetAsync(client, "/en");
        var (_, arabic) = await HtmlPage.GetAsync(client, "/ar");

        var time = english.QuerySelector("[data-testid='header-date'] time");
        Assert.Equal(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), time?.GetAttribute("datetime"));
        Assert.Contains(today.ToString("MMMM", CultureInfo.GetCultureInfo("en-US")), time!.TextContent, StringComparison.Ordinal);
        var englishHijri = english.TestId("hijri-date")!;
        Assert.Contains($"{hijri.GetDayOfMonth(day)} ", englishHijri, StringComparison.Ordinal);
        Assert.EndsWith($"{hijri.GetYear(day)} AH", englishHijri, StringComparison.Ordinal);
        Assert.StartsWith("Hijri date:", englishHijri, StringComparison.Ordinal);

        var arabicHijri = arabic.TestId("hijri-date")!;
        Assert.EndsWith($"{hijri.GetYear(day)} هـ", arabicHijri, StringComparison.Ordinal);
        Assert.StartsWith("التاريخ الهجري:", arabicHijri, StringComparison.Ordinal);
    }
}
