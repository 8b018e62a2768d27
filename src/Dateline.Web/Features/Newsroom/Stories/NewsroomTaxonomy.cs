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
    /// Topics of the edition by name (or the slug it makes), creating the missing ones (staged on the context, saved with the story).
    /// Names that cannot be topics (too long, no letters or digits) are returned apart.
    /// </summary>
    public async Task<(List<int> Ids, List<string> Invalid)> TopicIdsAsync(string edition, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var ids = new List<int>();
        var invalid = new List<string>();
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var slug = Slug.From(name);
            if (name.Length > MaxTopicName || slug == "story" && !name.Contains("story", StringComparison.OrdinalIgnoreCase))
            {
                invalid.Add(name);
                continue;
            }

            var topic = await db.Topics
                .Where(t => t.EditionCode == edition && (t.Slug == slug || t.Name == name))
                .OrderBy(t => t.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (topic is null)
            {
                topic = new Topic { EditionCode = edition, Slug = slug, Name = name };
                db.Topics.Add(topic);
                await db.SaveChangesAsync(cancellationToken);
            }

            ids.Add(topic.Id);
        }

        return (ids, invalid);
    }
}
