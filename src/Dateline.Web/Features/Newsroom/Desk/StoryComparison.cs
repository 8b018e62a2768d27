using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// Two field sets of one story compared field by field, as editors read them: section, agency, topics, authors,
/// hero image and pinned stories by name, the body by its words (<see cref="BodyText"/>). The revision diff page and
/// the conflict page both show this.
/// </summary>
public sealed class StoryComparison(DatelineDbContext db)
{
    public async Task<IReadOnlyList<FieldChange>> CompareAsync(
        StoryFields before, StoryFields after, string edition, DeskText desk, CancellationToken cancellationToken)
    {
        var names = await NamesAsync([before, after], edition, cancellationToken);
        return
        [
            Change("headline", desk.Headline, before.Headline, after.Headline),
            Change("standfirst", desk.Standfirst, before.Standfirst, after.Standfirst),
            Change("body", desk.Body, BodyText.Of(before.BodyHtml), BodyText.Of(after.BodyHtml)),
            Change("section", desk.Section, names.Section(before.SectionId), names.Section(after.SectionId)),
            Change("topics", desk.Topics, names.Topics(before.TopicIds), names.Topics(after.TopicIds)),
            Change("authors", desk.Authors, names.Authors(before.AuthorIds), names.Authors(after.AuthorIds)),
            Change("agency", desk.Agency, names.Agency(before.AgencyId), names.Agency(after.AgencyId)),
            Change("datelinePlace", desk.DatelinePlace, before.DatelinePlace, after.DatelinePlace),
            Change("heroImage", desk.HeroImage, names.Image(before.HeroImageId), names.Image(after.HeroImageId)),
            Change("heroCaption", desk.HeroCaption, before.HeroCaption, after.HeroCaption),
            Change("heroAltText", desk.HeroAltText, before.HeroAltText, after.HeroAltText),
            Change("heroCredit", desk.HeroCredit, before.HeroCredit, after.HeroCredit),
            Change("pinned", desk.Pinned, names.Stories(before.PinnedRelatedIds), names.Stories(after.PinnedRelatedIds)),
            Change("slug", desk.Slug, before.Slug, after.Slug),
            Change("seoTitle", desk.SeoTitle, before.SeoTitle, after.SeoTitle),
            Change("seoDescription", desk.SeoDescription, before.SeoDescription, after.SeoDescription),
        ];
    }

    private static FieldChange Change(string key, string label, string? before, string? after)
    {
        before ??= "";
        after ??= "";
        var runs = string.Equals(before, after, StringComparison.Ordinal)
            ? (before.Length == 0 ? [] : [new DiffRun(DiffRunKind.Same, before)])
            : TextDiff.Words(before, after);
        return new FieldChange(key, label, before, after, runs);
    }

    private async Task<FieldNames> NamesAsync(StoryFields[] sets, string edition, CancellationToken cancellationToken)
    {
        var sections = sets.Select(f => f.SectionId).Distinct().ToList();
        var agencies = sets.Where(f => f.AgencyId is not null).Select(f => f.AgencyId!.Value).Distinct().ToList();
        var topics = sets.SelectMany(f => f.TopicIds).Distinct().ToList();
        var authors = sets.SelectMany(f => f.AuthorIds).Distinct().ToList();
        var images = sets.Where(f => f.HeroImageId is not null).Select(f => f.HeroImageId!.Value).Distinct().ToList();
        var stories = sets.SelectMany(f => f.PinnedRelatedIds).Distinct().ToList();
        return new FieldNames(
            await db.Sections.AsNoTracking().Where(s => sections.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken),
            await db.Agencies.AsNoTracking().Where(a => agencies.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken),
            await db.Topics.AsNoTracking().Where(t => topics.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken),
            (await db.Authors.AsNoTracking().Where(a => authors.Contains(a.Id)).ToListAsync(cancellationToken)).ToDictionary(a => a.Id, a => a.DisplayName(edition)),
            await db.MediaAssets.AsNoTracking().Where(m => images.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.OriginalFileName, cancellationToken),
            await db.Articles.AsNoTracking().Where(a => stories.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Headline, cancellationToken));
    }

    /// <summary>Ids to names; an id whose row is gone shows as "#id" rather than vanishing from the comparison.</summary>
    private sealed record FieldNames(
        Dictionary<int, string> Sections,
        Dictionary<int, string> Agencies,
        Dictionary<int, string> TopicNames,
        Dictionary<int, string> AuthorNames,
        Dictionary<int, string> Images,
        Dictionary<int, string> Headlines)
    {
        public string Section(int id) => Name(Sections, id);

        public string Agency(int? id) => id is { } value ? Name(Agencies, value) : "";

        public string Image(int? id) => id is { } value ? $"#{value} {Name(Images, value)}" : "";

        public string Topics(IReadOnlyList<int> ids) => string.Join(", ", ids.Select(id => Name(TopicNames, id)));

        public string Authors(IReadOnlyList<int> ids) => string.Join(", ", ids.Select(id => Name(AuthorNames, id)));

        public string Stories(IReadOnlyList<int> ids) => string.Join("\n", ids.Select(id => Name(Headlines, id)));

        private static string Name(Dictionary<int, string> names, int id) => names.TryGetValue(id, out var name) ? name : $"#{id}";
    }
}
