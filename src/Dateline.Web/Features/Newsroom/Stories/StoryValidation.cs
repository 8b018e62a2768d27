using Dateline.Web.Features.Articles;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Infrastructure.Html;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>
/// Turns submitted input into a story's fields: text trimmed and bounded, the body through the sanitizer's allow-list,
/// every referenced section, topic, author, agency, image and pinned story checked to exist in the story's edition,
/// and the slug checked to be free. Each problem is reported under the field's API name.
/// </summary>
public sealed class StoryValidation(DatelineDbContext db, BodyHtmlSanitizer sanitizer)
{
    public const int MaxBodyLength = 200_000;

    public async Task<(StoryFields? Fields, Dictionary<string, string[]> Errors)> ValidateAsync(
        string edition, int? articleId, StoryInput input, string? currentSlug, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var headline = Text(input.Headline, "headline", 300, errors, required: true);
        var standfirst = Text(input.Standfirst, "standfirst", 1000, errors);
        var place = Text(input.DatelinePlace, "datelinePlace", 128, errors);
        var caption = Text(input.HeroCaption, "heroCaption", 1000, errors);
        var credit = Text(input.HeroCredit, "heroCredit", 256, errors);
        var alt = Text(input.HeroAltText, "heroAltText", 500, errors);
        var seoTitle = Text(input.SeoTitle, "seoTitle", 300, errors);
        var seoDescription = Text(input.SeoDescription, "seoDescription", 1000, errors);

        var body = "";
        if ((input.BodyHtml?.Length ?? 0) > MaxBodyLength)
        {
            errors["bodyHtml"] = [$"The body may be at most {MaxBodyLength:N0} characters."];
        }
        else
        {
            body = sanitizer.Sanitize(input.BodyHtml ?? "");
        }

        if (!await db.Sections.AnyAsync(s => s.Id == input.SectionId && s.EditionCode == edition, cancellationToken))
        {
            errors["section"] = [$"No such section in the '{edition}' edition."];
        }

        if (input.AgencyId is { } agency && !await db.Agencies.AnyAsync(a => a.Id == agency, cancellationToken))
        {
            errors["agency"] = ["No such agency."];
        }

        if (input.HeroImageId is { } image && !await db.MediaAssets.AnyAsync(m => m.Id == image, cancellationToken))
        {
            errors["heroImageId"] = ["No such image."];
        }

        var topicIds = input.TopicIds.Distinct().ToList();
        if (topicIds.Count > 0 && await db.Topics.CountAsync(t => topicIds.Contains(t.Id) && t.EditionCode == edition, cancellationToken) != topicIds.Count)
        {
            errors["topics"] = [$"Every topic must exist in the '{edition}' edition."];
        }

        var authorIds = input.AuthorIds.Distinct().ToList();
        if (authorIds.Count > 0 && await db.Authors.CountAsync(a => authorIds.Contains(a.Id), cancellationToken) != authorIds.Count)
        {
            errors["authors"] = ["Every author must exist."];
        }

        var pinned = input.PinnedRelatedIds.Distinct().Where(id => id != articleId).ToList();
        if (pinned.Count > 0 && await db.Articles.CountAsync(a => pinned.Contains(a.Id) && a.EditionCode == edition, cancellationToken) != pinned.Count)
        {
            errors["pinnedRelated"] = [$"Every pinned story must exist in the '{edition}' edition."];
        }

        var slug = await SlugAsync(edition, articleId, input.Slug, currentSlug, headline, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new StoryFields
        {
            Headline = headline!,
            Standfirst = standfirst,
            BodyHtml = body,
            Slug = slug!,
            DatelinePlace = place,
            SectionId = input.SectionId,
            AgencyId = input.AgencyId,
            HeroImageId = input.HeroImageId,
            HeroCaption = caption,
            HeroCredit = credit,
            HeroAltText = alt,
            TopicIds = topicIds,
            AuthorIds = authorIds,
            PinnedRelatedIds = pinned,
            SeoTitle = seoTitle,
            SeoDescription = seoDescription,
        }, errors);
    }

    /// <summary>
    /// The requested slug when it is well formed and free in the edition; otherwise the current one; otherwise one made
    /// from the headline, numbered until free. A slug is checked against other articles, not against this one.
    /// </summary>
    private async Task<string?> SlugAsync(
        string edition, int? articleId, string? requested, string? current, string? headline, Dictionary<string, string[]> errors,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(requested))
        {
            var slug = requested.Trim();
            if (slug.Length > Slug.MaxLength || Slug.From(slug) != slug)
            {
                errors["slug"] = ["A slug is lower-case letters and digits joined by single hyphens."];
                return null;
            }

            if (await SlugTakenAsync(edition, articleId, slug, cancellationToken))
            {
                errors["slug"] = ["Another story in this edition has this slug."];
                return null;
            }

            return slug;
        }

        if (current is not null)
        {
            return current;
        }

        if (headline is null)
        {
            return null;
        }

        var stem = Slug.From(headline);
        var candidate = stem;
        for (var n = 2; await SlugTakenAsync(edition, articleId, candidate, cancellationToken); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }

    private Task<bool> SlugTakenAsync(string edition, int? articleId, string slug, CancellationToken cancellationToken) =>
        db.Articles.AnyAsync(a => a.EditionCode == edition && a.Slug == slug && a.Id != articleId, cancellationToken);

    private static string? Text(string? value, string field, int max, Dictionary<string, string[]> errors, bool required = false)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                errors[field] = ["Required."];
            }

            return null;
        }

        if (text.Length > max)
        {
            errors[field] = [$"At most {max} characters."];
            return null;
        }

        if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors[field] = ["Control characters are not allowed."];
            return null;
        }

        return text;
    }
}
