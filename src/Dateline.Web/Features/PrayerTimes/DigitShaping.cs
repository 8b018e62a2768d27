namespace Dateline.Web.Features.PrayerTimes;

/// <summary>Rewrites the ASCII digits of already formatted text in the chosen digit style.</summary>
public static class DigitShaping
{
    public static string Apply(string text, DigitStyle style)
    {
        if (style == DigitStyle.Latin || string.IsNullOrEmpty(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= '0' and <= '9' ? (char)('\u0660' + (c - '0')) : c;
            }
        });
    }

    /// <summary>The value written into data-digits for widgets.js.</summary>
    public static string AttributeValue(DigitStyle style) => style == DigitStyle.ArabicIndic ? "arabic-indic" : "latin";
}
