using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.PrayerTimes;

public sealed class ArabicDigitsTests
{
    [Fact]
    public async Task Arabic_indic_digits_are_used_in_the_arabic_edition_only()
    {
        await using var site = new DatelineFactory();
        site.Settings["PrayerTimes:ArabicDigits"] = "ArabicIndic";
        var client = site.CreateClient();

        var (_, arabic) = await HtmlPage.GetAsync(client, "/ar");
        var (_, english) = await HtmlPage.GetAsync(client, "/en");

        Assert.Matches(@"^[٠-٩]{1,2}:[٠-٩]{2} (ص|م)$", arabic.QuerySelector("[data-next-time]")!.TextContent);
        Assert.Matches(@"[٠-٩]{4} هـ", arabic.QuerySelector("[data-testid='hijri-date']")!.TextContent);
        Assert.Equal("arabic-indic", arabic.QuerySelector("[data-widget='prayer']")?.GetAttribute("data-digits"));
        // The machine-readable data stays in Latin digits for the script and for <time datetime>.
        Assert.Matches(@"^[0-9]{2}:[0-9]{2},", arabic.QuerySelector("[data-widget='prayer']")!.GetAttribute("data-today")!);
        Assert.Matches(@"^[0-9]{1,2}:[0-9]{2} (AM|PM)$", english.QuerySelector("[data-next-time]")!.TextContent);
    }
}
