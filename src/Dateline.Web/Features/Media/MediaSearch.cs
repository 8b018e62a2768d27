using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Media;

/// <summary>The library's list: filters of <see cref="MediaQuery"/>, newest first, keyset pages on the id.</summary>
public sealed class MediaSearch(DatelineDbContext db)
{
    /// <summary>A page of assets and the id to pass as <see cref="MediaQuery.Before"/> for the next, or null at the end.</summary>
    public async Task<(IReadOnlyList<MediaAsset> Assets, int? Next)> FindAsync(MediaQuery query, int pageSize, CancellationToken cancellationToken = default)
    {
        var assets = db.MediaAssets.AsNoTracking();
        foreach (var word in Words(query.Text))
        {
            // LIKE is case-insensitive for ASCII on SQLite; ILIKE would be PostgreSQL-only, so both sides are lowered.
            var pattern = "%" + EscapeLike(word.ToLowerInvariant()) + "%";
            assets = assets.Where(m =>
                EF.Functions.Like((m.Caption ?? "").ToLower(), pattern, "\\")
                || EF.Functions.Like((m.Credit ?? "").ToLower(), pattern, "\\")
                || EF.Functions.Like((m.Keywords ?? "").ToLower(), pattern, "\\"));
        }

        if (query.Licence is { } licence)
        {
            assets = assets.Where(m => m.Licence == licence);
        }

        if (!string.IsNullOrWhiteSpace(query.Uploader))
        {
            var uploader = query.Uploader.Trim();
            assets = assets.Where(m => m.UploadedBy == uploader);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            assets = assets.Where(m => m.CreatedAt >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            assets = assets.Where(m => m.CreatedAt < end);
        }

        if (query.Before is { } before)
        {
            assets = assets.Where(m => m.Id < before);
        }

        var found = await assets.OrderByDescending(m => m.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        return found.Count > pageSize ? (found[..pageSize], found[pageSize - 1].Id) : (found, null);
    }

    /// <summary>The names assets were uploaded by, for the uploader filter.</summary>
    public async Task<IReadOnlyList<string>> UploadersAsync(CancellationToken cancellationToken = default) =>
        await db.MediaAssets.AsNoTracking()
            .Where(m => m.UploadedBy != null)
            .Select(m => m.UploadedBy!)
            .Distinct()
            .OrderBy(u => u)
            .Take(200)
            .ToListAsync(cancellationToken);

    private static IEnumerable<string> Words(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8);

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
