using System.Globalization;

namespace Dateline.Web.Features.Articles;

/// <summary>
/// Keyset position in a newest-first list: the last item's publish time and id, written "{utc-ticks}-{id}" (ticks keep it exact).
/// Keyset rather than OFFSET so page 100 costs what page 1 costs and items never repeat while news is published.
/// </summary>
public readonly record struct ArticleCursor(DateTime PublishedAt, int Id)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{PublishedAt.Ticks}-{Id}");

    public static ArticleCursor From(ArticleCard card) => new(card.PublishedAt, card.Id);

    /// <summary>An absent cursor is the first page; a present one must parse.</summary>
    public static bool TryParseOptional(string? text, out ArticleCursor? cursor)
    {
        cursor = null;
        if (text is null)
        {
            return true;
        }

        if (!TryParse(text, out var parsed))
        {
            return false;
        }

        cursor = parsed;
        return true;
    }

    public static bool TryParse(string? text, out ArticleCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 40)
        {
            return false;
        }

        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0
            || !long.TryParse(text.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !int.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || ticks > DateTime.MaxValue.Ticks || id <= 0)
        {
            return false;
        }

        cursor = new ArticleCursor(new DateTime(ticks, DateTimeKind.Utc), id);
        return true;
    }
}
