using System.Globalization;
using System.Text;

namespace Dateline.Web.Features.Articles;

/// <summary>URL slugs from headlines. Letters of any script survive (Arabic slugs stay Arabic); everything else becomes one hyphen.</summary>
public static class Slug
{
    public const int MaxLength = 120;

    public static string From(string text)
    {
        var normalized = (text ?? "").Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(normalized.Length);
        var pendingHyphen = false;
        foreach (var c in normalized)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (c is >= '\u0653' and <= '\u0655')
            {
                // Madda and hamza are part of Arabic spelling (أ، إ، آ), unlike harakat; keep them to recompose below.
                builder.Append(c);
                continue;
            }

            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || c == '\u0640' || c == '\'' || c == '\u2019')
            {
                // Accents, Arabic harakat, tatweel and apostrophes vanish rather than split words.
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }

            if (builder.Length >= MaxLength)
            {
                break;
            }
        }

        var slug = builder.ToString().Normalize(NormalizationForm.FormC).TrimEnd('-');
        return slug.Length == 0 ? "story" : slug;
    }
}
