using Dateline.Web.Features.PrayerTimes;

namespace Dateline.Tests.PrayerTimes;

public sealed class DigitShapingTests
{
    [Fact]
    public void Arabic_indic_style_replaces_every_ascii_digit_and_nothing_else() =>
        Assert.Equal("٠١٢٣٤٥٦٧٨٩ م: ٤١°C", DigitShaping.Apply("0123456789 م: 41°C", DigitStyle.ArabicIndic));

    [Fact]
    public void Latin_style_leaves_text_alone() =>
        Assert.Equal("12:05 PM", DigitShaping.Apply("12:05 PM", DigitStyle.Latin));
}
