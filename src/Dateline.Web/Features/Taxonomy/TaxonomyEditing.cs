using System.Globalization;
using Dateline.Web.Features.Agencies;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Audit;
using Dateline.Web.Features.Authors;
using Dateline.Web.Features.Sections;
using Dateline.Web.Features.Topics;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Taxonomy;

/// <summary>
/// What an Admin does to sections, topics, authors and agencies. Each change is validated, saved with its audit entry,
/// carried into the published stories that show the name (<see cref="PublishedNames"/>) and then shown on the public
/// site at once. Returns null on success, or why not.
/// </summary>
public sealed class TaxonomyEditing(DatelineDbContext db, AuditLog audit, PublishedNames published)
{
    public const int MaxName = 128;
    public const int MaxBio = 2000;
    public const int MaxCredit = 64;
    public const int MaxCode = 32;

    public async Task<TaxonomyProblem?> CreateSectionAsync(string edition, string? name, string? slug, bool inNavigation, CancellationToken cancellationToken)
    {
        if (Name(name) is not { } clean)
        {
            return TaxonomyProblem.NameInvalid;
        }

        if (SlugOf(string.IsNullOrWhiteSpace(slug) ? clean : slug) is not { } address)
        {
            return TaxonomyProblem.SlugInvalid;
        }

        if (await db.Sections.AnyAsync(s => s.EditionCode == edition && s.Slug == address, cancellationToken))
        {
            return TaxonomyProblem.SlugTaken;
        }

        var last = await db.Sections.Where(s => s.EditionCode == edition).MaxAsync(s => (int?)s.SortOrder, cancellationToken) ?? 0;
        var section = new Section { EditionCode = edition, Name = clean, Slug = address, SortOrder = last + 10, ShowInNavigation = inNavigation };
        db.Sections.Add(section);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("section.create", "section", Id(section.Id), new { edition, name = clean, slug = address }, cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    public async Task<TaxonomyProblem?> RenameSectionAsync(int id, string? name, CancellationToken cancellationToken)
    {
        if (await db.Sections.FindAsync([id], cancellationToken) is not { } section)
        {
            return TaxonomyProblem.NotFound;
        }

        if (Name(name) is not { } clean)
        {
            return TaxonomyProblem.NameInvalid;
        }

        var before = section.Name;
        section.Name = clean;
        audit.Stage("section.rename", "section", Id(id), new { from = before, to = clean });
        await db.SaveChangesAsync(cancellationToken);
        await published.RefreshAsync(db.Articles.Where(a => a.SectionId == id), s => s with { SectionName = clean }, cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    /// <summary>Moves a section one place up (-1) or down (+1) in its edition's navigation order.</summary>
    public async Task<TaxonomyProblem?> MoveSectionAsync(int id, int step, CancellationToken cancellationToken)
    {
        if (await db.Sections.FindAsync([id], cancellationToken) is not { } section)
        {
            return TaxonomyProblem.NotFound;
        }

        // Renumbered 10, 20, 30… first, so that equal or sparse orders from older data still move by exactly one place.
        var ordered = await db.Sections.Where(s => s.EditionCode == section.EditionCode)
            .OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var from = ordered.FindIndex(s => s.Id == id);
        var to = Math.Clamp(from + Math.Sign(step), 0, ordered.Count - 1);
        (ordered[from], ordered[to]) = (ordered[to], ordered[from]);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].SortOrder = (i + 1) * 10;
        }

        audit.Stage("section.move", "section", Id(id), new { from = from + 1, to = to + 1 });
        await db.SaveChangesAsync(cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    public async Task<TaxonomyProblem?> ShowSectionInNavigationAsync(int id, bool show, CancellationToken cancellationToken)
    {
        if (await db.Sections.FindAsync([id], cancellationToken) is not { } section)
        {
            return TaxonomyProblem.NotFound;
        }

        section.ShowInNavigation = show;
        audit.Stage("section.navigation", "section", Id(id), new { show });
        await db.SaveChangesAsync(cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Renames a topic; its address follows the new name, and the old address 301s to it (a <see cref="TopicRedirect"/>).
    /// A name whose address another topic of the edition has is refused: that is a merge.
    /// </summary>
    public async Task<TaxonomyProblem?> RenameTopicAsync(int id, string? name, CancellationToken cancellationToken)
    {
        if (await db.Topics.FindAsync([id], cancellationToken) is not { } topic)
        {
            return TaxonomyProblem.NotFound;
        }

        if (Name(name) is not { } clean || clean.Length > Newsroom.Stories.NewsroomTaxonomy.MaxTopicName)
        {
            return TaxonomyProblem.NameInvalid;
        }

        if (SlugOf(clean) is not { } slug)
        {
            return TaxonomyProblem.SlugInvalid;
        }

        if (await db.Topics.AnyAsync(t => t.EditionCode == topic.EditionCode && t.Slug == slug && t.Id != id, cancellationToken))
        {
            return TaxonomyProblem.SlugTaken;
        }

        var before = (topic.Name, topic.Slug);
        topic.Name = clean;
        if (slug != topic.Slug)
        {
            // An address used before by this topic becomes its own again; the one it leaves keeps answering.
            var oldSlug = topic.Slug;
            await db.TopicRedirects.Where(r => r.EditionCode == topic.EditionCode && (r.Slug == slug || r.Slug == oldSlug)).ExecuteDeleteAsync(cancellationToken);
            db.TopicRedirects.Add(new TopicRedirect { EditionCode = topic.EditionCode, Slug = topic.Slug, TopicId = id });
            topic.Slug = slug;
        }

        audit.Stage("topic.rename", "topic", Id(id), new { from = before.Name, to = clean, fromSlug = before.Slug, toSlug = slug });
        await db.SaveChangesAsync(cancellationToken);
        var link = new TopicLink(id, slug, clean);
        await published.RefreshAsync(
            db.Articles.Where(a => a.Topics.Any(t => t.TopicId == id)),
            s => s with { Topics = [.. s.Topics.Select(t => t.Id == id ? link : t)] },
            cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    /// <summary>
    /// Merges a topic into another of the same edition: its stories (published, drafts and working copies) take the
    /// surviving topic instead, its address and those that led to it 301 to the survivor, and it is deleted.
    /// </summary>
    public async Task<TaxonomyProblem?> MergeTopicAsync(int id, string? into, CancellationToken cancellationToken)
    {
        if (await db.Topics.FindAsync([id], cancellationToken) is not { } topic)
        {
            return TaxonomyProblem.NotFound;
        }

        var wanted = into?.Trim() ?? "";
        var wantedSlug = SlugOf(wanted);
        var target = wanted.Length == 0 ? null : await db.Topics
            .Where(t => t.EditionCode == topic.EditionCode && (t.Name == wanted || t.Slug == wanted || t.Slug == wantedSlug))
            .OrderBy(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (target is null)
        {
            return TaxonomyProblem.MergeTargetNotFound;
        }

        if (target.Id == id)
        {
            return TaxonomyProblem.MergeIntoItself;
        }

        var articleIds = await db.ArticleTopics.Where(t => t.TopicId == id).Select(t => t.ArticleId).ToListAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Links are keyed by (article, topic): a story that had both keeps the survivor's link, the others get a new one
        // in the old link's place in their order.
        var links = await db.ArticleTopics.Where(t => t.TopicId == id).ToListAsync(cancellationToken);
        var already = (await db.ArticleTopics.Where(t => t.TopicId == target.Id && articleIds.Contains(t.ArticleId))
            .Select(t => t.ArticleId).ToListAsync(cancellationToken)).ToHashSet();
        db.ArticleTopics.RemoveRange(links);
        db.ArticleTopics.AddRange(links.Where(l => !already.Contains(l.ArticleId))
            .Select(l => new ArticleTopic { ArticleId = l.ArticleId, TopicId = target.Id, SortOrder = l.SortOrder }));

        await ReplaceInWorkingCopiesAsync(topic.EditionCode, id, target.Id, cancellationToken);

        await db.TopicRedirects.Where(r => r.TopicId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.TopicId, target.Id), cancellationToken);
        db.TopicRedirects.Add(new TopicRedirect { EditionCode = topic.EditionCode, Slug = topic.Slug, TopicId = target.Id });
        db.Topics.Remove(topic);
        audit.Stage("topic.merge", "topic", Id(id), new { from = topic.Name, fromSlug = topic.Slug, into = target.Name, intoId = target.Id, stories = articleIds.Count });
        await db.SaveChangesAsync(cancellationToken);

        var link = new TopicLink(target.Id, target.Slug, target.Name);
        await published.RefreshAsync(
            db.Articles.Where(a => articleIds.Contains(a.Id)),
            s => s with { Topics = [.. s.Topics.Select(t => t.Id == id ? link : t).DistinctBy(t => t.Id)] },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    public async Task<(TaxonomyProblem? Problem, int Id)> CreateAuthorAsync(string? name, string? slug, CancellationToken cancellationToken)
    {
        if (Name(name) is not { } clean)
        {
            return (TaxonomyProblem.NameInvalid, 0);
        }

        if (SlugOf(string.IsNullOrWhiteSpace(slug) ? clean : slug) is not { } address)
        {
            return (TaxonomyProblem.SlugInvalid, 0);
        }

        if (await db.Authors.AnyAsync(a => a.Slug == address, cancellationToken))
        {
            return (TaxonomyProblem.SlugTaken, 0);
        }

        var author = new Author { Name = clean, Slug = address };
        db.Authors.Add(author);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("author.create", "author", Id(author.Id), new { name = clean, slug = address }, cancellationToken);
        return (null, author.Id);
    }

    /// <summary>Saves an author's names, address, biographies and photo (a media library image, or none).</summary>
    public async Task<TaxonomyProblem?> UpdateAuthorAsync(int id, AuthorChange change, CancellationToken cancellationToken)
    {
        if (await db.Authors.FindAsync([id], cancellationToken) is not { } author)
        {
            return TaxonomyProblem.NotFound;
        }

        if (Name(change.Name) is not { } name || Optional(change.NameAr, MaxName) is not { } nameAr)
        {
            return TaxonomyProblem.NameInvalid;
        }

        if (SlugOf(change.Slug ?? "") is not { } slug)
        {
            return TaxonomyProblem.SlugInvalid;
        }

        if (slug != author.Slug && await db.Authors.AnyAsync(a => a.Slug == slug && a.Id != id, cancellationToken))
        {
            return TaxonomyProblem.SlugTaken;
        }

        if (Optional(change.Bio, MaxBio) is not { } bio || Optional(change.BioAr, MaxBio) is not { } bioAr)
        {
            return TaxonomyProblem.BioTooLong;
        }

        if (change.PhotoId is { } photo && !await db.MediaAssets.AnyAsync(m => m.Id == photo, cancellationToken))
        {
            return TaxonomyProblem.PhotoNotFound;
        }

        var before = new { author.Name, author.Slug, author.PhotoId };
        author.Name = name;
        author.NameAr = NullIfEmpty(nameAr);
        author.Slug = slug;
        author.Bio = NullIfEmpty(bio);
        author.BioAr = NullIfEmpty(bioAr);
        author.PhotoId = change.PhotoId;
        audit.Stage("author.update", "author", Id(id), new { from = before, name, slug, photo = change.PhotoId });
        await db.SaveChangesAsync(cancellationToken);
        var link = new AuthorLink(id, slug, name, author.NameAr);
        await published.RefreshAsync(
            db.Articles.Where(a => a.Authors.Any(x => x.AuthorId == id)),
            s => s with { Authors = [.. s.Authors.Select(a => a.Id == id ? link : a)] },
            cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    public async Task<TaxonomyProblem?> SaveAgencyAsync(int? id, AgencyChange change, CancellationToken cancellationToken)
    {
        var agency = id is { } existing ? await db.Agencies.FindAsync([existing], cancellationToken) : null;
        if (id is not null && agency is null)
        {
            return TaxonomyProblem.NotFound;
        }

        var code = change.Code?.Trim() ?? "";
        if (code.Length is 0 or > MaxCode || code.Any(char.IsWhiteSpace))
        {
            return TaxonomyProblem.CodeInvalid;
        }

        if (Name(change.Name) is not { } name)
        {
            return TaxonomyProblem.NameInvalid;
        }

        var credit = change.Credit?.Trim() ?? "";
        var creditAr = change.CreditAr?.Trim() ?? "";
        if (credit.Length is 0 or > MaxCredit || creditAr.Length is 0 or > MaxCredit)
        {
            return TaxonomyProblem.CreditInvalid;
        }

        // A handful of rows; compared here so "afp" and "AFP" are one code on both providers.
        var codes = await db.Agencies.AsNoTracking().Where(a => a.Id != (id ?? 0)).Select(a => a.Code).ToListAsync(cancellationToken);
        if (codes.Contains(code, StringComparer.OrdinalIgnoreCase))
        {
            return TaxonomyProblem.CodeTaken;
        }

        if (agency is null)
        {
            agency = new Agency { Code = code, Name = name, Credit = credit, CreditAr = creditAr };
            db.Agencies.Add(agency);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync("agency.create", "agency", Id(agency.Id), new { code, name, credit, creditAr }, cancellationToken);
            return null;
        }

        var before = new { agency.Code, agency.Name, agency.Credit, agency.CreditAr };
        (agency.Code, agency.Name, agency.Credit, agency.CreditAr) = (code, name, credit, creditAr);
        audit.Stage("agency.update", "agency", Id(agency.Id), new { from = before, code, name, credit, creditAr });
        await db.SaveChangesAsync(cancellationToken);
        var agencyId = agency.Id;
        await published.RefreshAsync(
            db.Articles.Where(a => a.AgencyId == agencyId),
            s => s with { AgencyCredit = s.EditionCode == "ar" ? creditAr : credit },
            cancellationToken);
        await published.ShowAsync(cancellationToken);
        return null;
    }

    /// <summary>The slug a name or typed address makes, or null when it makes none (no letters or digits, too long).</summary>
    public static string? SlugOf(string text)
    {
        var slug = Slug.From(text);
        return text.Trim().Length == 0 || slug.Length > MaxName || (slug == "story" && !text.Contains("story", StringComparison.OrdinalIgnoreCase))
            ? null
            : slug;
    }

    private async Task ReplaceInWorkingCopiesAsync(string edition, int from, int to, CancellationToken cancellationToken)
    {
        // Topic ids live in each working copy's JSON; read the edition's stories a batch at a time by key.
        var after = 0;
        while (true)
        {
            var batch = await db.Stories.AsNoTracking().Where(s => s.EditionCode == edition && s.ArticleId > after)
                .OrderBy(s => s.ArticleId).Take(500).Select(s => new { s.ArticleId, s.Fields }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            foreach (var hit in batch.Where(s => s.Fields.TopicIds.Contains(from)))
            {
                var story = await db.Stories.FirstAsync(s => s.ArticleId == hit.ArticleId, cancellationToken);
                story.Fields = story.Fields with { TopicIds = [.. story.Fields.TopicIds.Select(t => t == from ? to : t).Distinct()] };
            }

            after = batch[^1].ArticleId;
        }
    }

    private static string? Name(string? name) => name?.Trim() is { Length: > 0 and <= MaxName } clean ? clean : null;

    private static string? Optional(string? text, int max) => (text?.Trim() ?? "") is var clean && clean.Length <= max ? clean : null;

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
