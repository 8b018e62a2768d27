using System.Text;
using Microsoft.Net.Http.Headers;

namespace Dateline.Web.Features.Media;

/// <summary>
/// The name a downloaded original is saved under, built from the URL's file-name segment (any script) and the
/// original's extension, with an ASCII fallback for clients that ignore <c>filename*</c>.
/// </summary>
public sealed record DownloadFileName(string Unicode, string Ascii)
{
    public const string Fallback = "image";
    private const int MaxStemLength = 100;

    public static DownloadFileName From(string? requested, string extension)
    {
        extension = extension.StartsWith('.') ? extension.ToLowerInvariant() : "." + extension.ToLowerInvariant();
        var text = (requested ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (text.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^extension.Length];
        }

        var unicode = Stem(text, keep: r => Rune.IsLetterOrDigit(r) || Rune.GetUnicodeCategory(r) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark);
        var ascii = Stem(unicode, keep: r => r.IsAscii && Rune.IsLetterOrDigit(r));
        return new(unicode + extension, ascii + extension);
    }

    public ContentDispositionHeaderValue ToContentDisposition() =>
        new("attachment") { FileName = Ascii, FileNameStar = Unicode };

    // Keeps the runes the filter allows and turns each run of anything else (spaces, dots, quotes, slashes, control
    // and bidi-override characters) into one hyphen, so no name can smuggle a path, a quote or a reversed extension.
    private static string Stem(string text, Func<Rune, bool> keep)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxStemLength));
        var pendingHyphen = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (keep(rune))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                if (builder.Length + rune.Utf16SequenceLength > MaxStemLength)
                {
                    break;
                }

                builder.Append(rune.ToString());
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? Fallback : builder.ToString();
    }
}
