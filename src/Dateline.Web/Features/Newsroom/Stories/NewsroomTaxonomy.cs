using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Topics;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Finds sections, topics, authors and agencies by the names people and scripts use (slugs, names, codes), creating
/// topics that do not exist yet, for the management API and the editor's autocomplete.
/// </summary>
public sealed class NewsroomTaxonomy(DatelineDbContext db)
{
    public const int MaxTopicName = 100;

    public async Task<int?> SectionIdAsync(string edition, string? slug, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(slug)
            ? null
            : await db.Sections.Where(s => s.EditionCode == edition && s.Slug == slug.Trim()).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>An agency by code, name or either credit (case-insensitive), or null.</summary>
    public async Task<int?> AgencyIdAsync(string? name, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // A handful of rows: compared here, case-insensitively, rather than in provider-specific SQL.
        var wanted = name.Trim();
        var agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return agencies.Find(a => new[] { a.Code, a.Name, a.Credit, a.CreditAr }.Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase)))?.Id;
    }

    /// <summary>Authors by slug, or by a name that makes that slug, or by exact name, in order; the names not found are returned apart.</summary>
    public async Task<(List<int> Ids, List<string> Unknown)> AuthorIdsAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        var unknown = new List<string>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            var slug = Slug.From(name);
            var id = await db.Authors
                .Where(a => a.Slug == slug || a.Name == name || a.NameAr == name)
                .OrderBy(a => a.Id)
                .Select(a => (int?)a.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (id is { } found)
            {
                ids.Add(found);
            }
            else
            {
                unknown.Add(name);
            }
        }

        return (ids, unknown);
    }

    /// <summary>
    /// Topics of the edition by name, creating the missing ones. A name finds a topic whose slug it makes or whose name it
    /// equals ignoring letter case and Arabic spelling variants (<see cref="TopicNames.Fold"/>), so "economy" and
    /// "الامارات" reuse "Economy" and "الإمارات". Names that cannot be topics (too long, no letters or digits) are returned apart.
    /// </summary>
    public async Task<(List<int> Ids, List<string> Invalid)> TopicIdsAsync(string edition, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        var invalid = new List<string>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0).DistinctBy(TopicNames.Fold))
        {
            var slug = Slug.From(name);
            if (name.Length > MaxTopicName || slug == "story" && !name.Contains("story", StringComparison.OrdinalIgnoreCase))
            {
                invalid.Add(name);
                continue;
            }

            var id = await FindTopicAsync(edition, name, slug, cancellationToken) ?? await CreateTopicAsync(edition, name, slug, cancellationToken);
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return (ids, invalid);
    }

    private async Task<int?> FindTopicAsync(string edition, string name, string slug, CancellationToken cancellationToken)
    {
        var folded = TopicNames.Fold(name);
        var pattern = TopicNames.LikePattern(folded);
        // Candidates by SQL (the pattern is wide where folding differs), confirmed here; the slug match wins.
        var candidates = await db.Topics.AsNoTracking()
            .Where(t => t.EditionCode == edition
                && (t.Slug == slug || EF.Functions.Like(t.Name.ToLower(), pattern, TopicNames.EscapeCharacter)))
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.Slug, t.Name })
            .Take(50)
            .ToListAsync(cancellationToken);
        return (candidates.Find(t => t.Slug == slug) ?? candidates.Find(t => TopicNames.Fold(t.Name) == folded))?.Id;
    }

    /// <summary>
    /// Inserts a topic at once (inside the caller's transaction, if any). When another editor created the same slug in
    /// between, the unique index on (edition, slug) refuses ours: EF rolls back to its savepoint, and theirs is used.
    /// </summary>
    private async Task<int> CreateTopicAsync(string edition, string name, string slug, CancellationToken cancellationToken)
    {
        var topic = new Topic { EditionCode = edition, Slug = slug, Name = name };
        db.Topics.Add(topic);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return topic.Id;
        }
        catch (DbUpdateException)
        {
            db.Entry(topic).State = EntityState.Detached;
            var theirs = await db.Topics.Where(t => t.EditionCode == edition && t.Slug == slug).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
            if (theirs is null)
            {
                // Not a duplicate after all (or a reader snapshot that cannot see it yet): the caller's retry answer applies.
                throw;
            }

            return theirs.Value;
        }
    }
}
