using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Editions;

/// <summary>
/// The editions and their navigation, held in memory: they are on every page and change rarely.
/// The newsroom calls <see cref="Invalidate"/> after editing either.
/// </summary>
public sealed class EditionCatalog(IServiceScopeFactory scopes) : IDisposable
{
    private volatile Snapshot? _snapshot;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask<EditionView?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        var snapshot = _snapshot ?? await LoadAsync(cancellationToken);
        return snapshot.ByCode.GetValueOrDefault(code);
    }

    public async ValueTask<IReadOnlyList<EditionView>> AllAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = _snapshot ?? await LoadAsync(cancellationToken);
        return snapshot.All;
    }

    public void Invalidate() => _snapshot = null;

    public void Dispose() => _gate.Dispose();

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } current)
            {
                return current;
            }

            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var editions = await db.Editions.AsNoTracking().OrderBy(e => e.SortOrder).ToListAsync(cancellationToken);
            var sections = await db.Sections.AsNoTracking()
                .Where(s => s.ShowInNavigation)
                .OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
                .Select(s => new { s.EditionCode, s.Id, s.Slug, s.Name })
                .ToListAsync(cancellationToken);

            var views = editions.Select(e => new EditionView(
                e.Code, e.Name, e.Culture, e.Direction, e.SiteName, e.Tagline,
                EditionStrings.For(e.Code),
                [.. sections.Where(s => s.EditionCode == e.Code).Select(s => new NavigationSection(s.Id, s.Slug, s.Name))])).ToList();
            var snapshot = new Snapshot(views, views.ToDictionary(v => v.Code, StringComparer.OrdinalIgnoreCase));
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Snapshot(IReadOnlyList<EditionView> All, Dictionary<string, EditionView> ByCode);
}
