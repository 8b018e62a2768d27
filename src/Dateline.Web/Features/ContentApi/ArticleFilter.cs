using System.Globalization;
using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.ContentApi;

/// <summary>The article list's query string, checked: a reference is an id (digits) or a slug.</summary>
internal sealed record ArticleFilter(
    string? Edition,
    string? Section,
    string? Topic,
    string? Author,
    DateTime? UpdatedSince,
    ArticleCursor? After,
    int Limit)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = LiveArticles.MaxPageSize;

    public static bool TryParse(
        string? edition, string? section, string? topic, string? author, string? updatedSince, string? after, string? limit,
        out ArticleFilter filter, out string error)
    {
        filter = new ArticleFilter(null, null, null, null, null, null, DefaultLimit);
        error = "";
        DateTime? since = null;
        if (!string.IsNullOrEmpty(updatedSince))
        {
            if (!DateTimeOffset.TryParse(updatedSince, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                error = $"updatedSince '{updatedSince}' is not an ISO 8601 date and time, e.g. 2026-12-01T08:00:00Z.";
                return false;
            }

            since = parsed.UtcDateTime;
        }

        if (!ArticleCursor.TryParseOptional(after, out var cursor))
        {
            error = $"after '{after}' is not a cursor this API returned (meta.pagination.next).";
            return false;
        }

        if (!TryParseLimit(limit, DefaultLimit, MaxLimit, out var size, out error))
        {
            return false;
        }

        filter = new ArticleFilter(Blank(edition), Blank(section), Blank(topic), Blank(author), since, cursor, size);
        return true;
    }

    public static bool TryParseLimit(string? text, int fallback, int max, out int limit, out string error)
    {
        error = "";
        limit = fallback;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > max)
        {
            error = $"limit must be a whole number from 1 to {max}.";
            return false;
        }

        return true;
    }

    public static int? AsId(string? reference) =>
        int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
