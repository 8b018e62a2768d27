using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Linked translations. Articles that translate each other share <see cref="Articles.Article.TranslationGroupId"/>
/// (the first article's id), the link the public pages' hreflang alternates and "read in Arabic" already follow. From
/// a story the desk creates its draft in another edition, already linked, and finds the linked story again.
/// </summary>
public sealed class StoryTranslations(DatelineDbContext db, StoryEditing editing, StoryWorkflow workflow)
{
    /// <summary>The linked stories of other editions, by edition code.</summary>
    public async Task<IReadOnlyList<StoryCounterpart>> CounterpartsAsync(NewsroomActor actor, int id, CancellationToken cancellationToken)
    {
        var group = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.TranslationGroupId).FirstOrDefaultAsync(cancellationToken);
        if (group is null)
        {
            return [];
        }

        var edition = await db.Articles.AsNoTracking().Where(a => a.Id == id).Select(a => a.EditionCode).FirstAsync(cancellationToken);
        var linked = await db.Stories.AsNoTracking()
            .Where(s => s.Article!.TranslationGroupId == group && s.ArticleId != id && s.EditionCode != edition)
            .OrderBy(s => s.EditionCode).ThenBy(s => s.ArticleId)
            .ToListAsync(cancellationToken);
        return [.. linked
            .DistinctBy(s => s.EditionCode)
            .Select(s => new StoryCounterpart(s.ArticleId, s.EditionCode, StoryRules.CanRead(actor, s) ? s.Fields : null))];
    }

    /// <summary>
    /// Creates the draft of <paramref name="sourceId"/> in <paramref name="edition"/>, linked to it, or returns the one
    /// already linked. The draft starts with the source's headline (a draft needs one; the translator replaces it), its
    /// authors, agency and hero image, and the section of that edition with the same slug or place in the navigation;
    /// words are translated beside the source, which the editor shows read-only.
    /// </summary>
    public async Task<StoryResult> CreateAsync(NewsroomActor actor, int sourceId, string edition, CancellationToken cancellationToken)
    {
        var source = await editing.GetAsync(actor, sourceId, cancellationToken);
        if (source.Story is not { } original)
        {
            return source;
        }

        if (edition == original.EditionCode || !await db.Editions.AnyAsync(e => e.Code == edition, cancellationToken))
        {
            return StoryResult.Invalid(new Dictionary<string, string[]> { ["edition"] = [$"No other edition '{edition}'."] });
        }

        return await workflow.InTransactionAsync(async ct =>
        {
            // A write first: it serialises two editors creating the same translation at once (PostgreSQL locks the row,
            // SQLite the database), so the second finds the first's draft below instead of making another.
            await db.Articles.Where(a => a.Id == sourceId)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.TranslationGroupId, a => a.TranslationGroupId ?? a.Id), ct);
            var group = await db.Articles.Where(a => a.Id == sourceId).Select(a => a.TranslationGroupId).SingleAsync(ct);
            var existing = await db.Articles
                .Where(a => a.TranslationGroupId == group && a.EditionCode == edition)
                .OrderBy(a => a.Id)
                .Select(a => (int?)a.Id)
                .FirstOrDefaultAsync(ct);
            if (existing is { } found)
            {
                return await editing.GetAsync(actor, found, ct);
            }

            var fields = original.Fields;
            var created = await editing.CreateAsync(actor, edition, new StoryInput
            {
                Headline = fields.Headline,
                SectionId = await SectionAsync(fields.SectionId, edition, ct),
                AuthorIds = fields.AuthorIds,
                AgencyId = fields.AgencyId,
                HeroImageId = fields.HeroImageId,
                HeroCredit = fields.HeroCredit,
            }, ct);
            if (created.Story is { } draft)
            {
                await db.Articles.Where(a => a.Id == draft.Id).ExecuteUpdateAsync(set => set.SetProperty(a => a.TranslationGroupId, group), ct);
            }

            return created;
        }, cancellationToken);
    }

    private async Task<int> SectionAsync(int sectionId, string edition, CancellationToken cancellationToken)
    {
        var section = await db.Sections.AsNoTracking().SingleAsync(s => s.Id == sectionId, cancellationToken);
        var theirs = await db.Sections.AsNoTracking().Where(s => s.EditionCode == edition).OrderBy(s => s.SortOrder).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var rank = (await db.Sections.AsNoTracking().Where(s => s.EditionCode == section.EditionCode).OrderBy(s => s.SortOrder).ThenBy(s => s.Id)
            .Select(s => s.Id).ToListAsync(cancellationToken)).IndexOf(sectionId);
        return (theirs.Find(s => s.Slug == section.Slug) ?? theirs.ElementAtOrDefault(rank) ?? theirs.FirstOrDefault())?.Id ?? 0;
    }
}
