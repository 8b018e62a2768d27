using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Editions;

/// <summary>
/// The editions and their navigation, held in memory: they are on every page and change rarely.
/// The newsroom calls <see cref="Invalidate"/> after editing either on this node. Other nodes learn of it by reading
/// them again every <see cref="EditionOptions.NavigationRefresh"/> (<see cref="RefreshAsync"/>, two small queries); a
/// node whose reread finds a change drops every cached public page, including pages another node may have cached with
/// the old navigation in a shared output cache meanwhile.
/// </summary>
public sealed class EditionCatalog(
    IServiceScopeFactory scopes, IOutputCacheStore cache, ILogger<EditionCatalog> logger) : IDisposable
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

    /// <summary>
    /// Reads the editions and navigation again (<see cref="EditionRefresh"/> calls it every
    /// <see cref="EditionOptions.NavigationRefresh"/>); when they differ from the copy in memory, replaces it and drops
    /// every cached public page.
    /// </summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var old = _snapshot;
        if (old is null)
        {
            return;
        }

        var (views, fingerprint) = await ReadAsync(cancellationToken);
        if (fingerprint == old.Fingerprint)
        {
            return;
        }

        // Invalidate() may have run meanwhile: only replace the copy this reread set out to refresh.
        if (Interlocked.CompareExchange(ref _snapshot, Build(views, fingerprint), old) == old)
        {
            logger.LogInformation("Editions or navigation changed on another node; dropping cached public pages");
            await cache.EvictByTagAsync(CacheTags.Site, cancellationToken);
        }
    }

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

            var (views, fingerprint) = await ReadAsync(cancellationToken);
            var snapshot = Build(views, fingerprint);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(List<EditionView> Views, string Fingerprint)> ReadAsync(CancellationToken cancellationToken)
    {
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
        // Everything a page shows of the editions and their navigation, so a reread can tell whether it changed.
        var fingerprint = string.Join('\n', views.Select(v =>
            string.Join('\t', new[] { v.Code, v.Name, v.Culture, v.Direction.ToString(), v.SiteName, v.Tagline ?? "" }
                .Concat(v.Sections.Select(n => $"{n.Id}|{n.Slug}|{n.Name}")))));
        return (views, fingerprint);
    }

    private static Snapshot Build(List<EditionView> views, string fingerprint) =>
        new(views, views.ToDictionary(v => v.Code, StringComparer.OrdinalIgnoreCase), fingerprint);

    private sealed record Snapshot(IReadOnlyList<EditionView> All, Dictionary<string, EditionView> ByCode, string Fingerprint);
}
