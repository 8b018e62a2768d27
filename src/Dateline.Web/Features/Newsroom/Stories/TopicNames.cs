using System.Globalization;
using System.Text;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Matching names the way editors type them. Arabic is written with and without hamza on alef (أ إ آ ا), with ة or ه
/// and ى or ي at word ends, and with optional harakat and tatweel; English differs by letter case. Folding maps each
/// family to one letter so "الامارات" finds "الإمارات". SQL cannot fold stored names, so <see cref="LikePattern"/>
/// puts a one-letter wildcard where folding could differ, and callers confirm the candidates with <see cref="Fold"/>.
/// </summary>
public static class TopicNames
{
    private const char Escape = '\\';

    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormC))
        {
            if (c == '\u0640' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' => 'ي',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// A LIKE pattern (escape character <c>\</c>) for a lower-cased column: the folded text with its own <c>%</c>,
    /// <c>_</c> and <c>\</c> escaped and every letter that folding may have changed replaced by <c>_</c>.
    /// </summary>
    public static string LikePattern(string folded)
    {
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            switch (c)
            {
                case '%' or '_' or Escape:
                    builder.Append(Escape).Append(c);
                    break;
                case 'ا' or 'ه' or 'ي':
                    builder.Append('_');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    public static string EscapeCharacter => Escape.ToString();

    /// <summary>True when a word of <paramref name="foldedName"/> starts the folded query (Arabic: also after "ال").</summary>
    public static bool WordStartsWith(string foldedName, string foldedQuery)
    {
        var padded = " " + foldedName.Replace('-', ' ');
        return padded.Contains(" " + foldedQuery, StringComparison.Ordinal) || padded.Contains(" ال" + foldedQuery, StringComparison.Ordinal);
    }

    public static bool IsArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');
}
