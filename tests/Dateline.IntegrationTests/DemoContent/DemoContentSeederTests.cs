using System.Text.RegularExpressions;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.DemoContent;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Infrastructure.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.DemoContent;

public sealed partial class DemoContentSeederTests(DemoSiteFactory factory) : IClassFixture<DemoSiteFactory>
{
    private const string SeedHeadline = "Lavrov to Blinken: Russia needs 'security guarantees' on borders";

    [Fact]
    public async Task Demo_site_fills_every_section_of_both_editions()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var now = DateTime.UtcNow;

        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.SortOrder)
            .Select(s => new { s.EditionCode, s.Slug }).ToListAsync();
        var live = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now)
            .Select(a => new { a.EditionCode, Section = a.Section!.Slug, a.AgencyId, Bylines = a.Authors.Count, HasAlt = a.HeroAltText != null })
            .ToListAsync();

        Assert.Equal(
            new[] { "uae", "sharjah", "world", "business", "sports", "technology", "culture" },
            sections.Where(s => s.EditionCode == "en").Select(s => s.Slug));
        Assert.Equal(
            new[] { "emirates", "sharjah", "world", "economy", "sports", "technology", "culture" },
            sections.Where(s => s.EditionCode == "ar").Select(s => s.Slug));

        var english = live.Where(a => a.EditionCode == "en").ToList();
        var arabic = live.Where(a => a.EditionCode == "ar").ToList();
        Assert.True(english.Count >= 45, $"{english.Count} live English stories.");
        Assert.True(arabic.Count >= 18, $"{arabic.Count} live Arabic stories.");
        Assert.All(sections.Where(s => s.EditionCode == "en"), s =>
            Assert.True(english.Count(a => a.Section == s.Slug) >= 4, $"English section '{s.Slug}' has fewer than 4 stories."));
        Assert.All(sections.Where(s => s.EditionCode == "ar"), s =>
            Assert.True(arabic.Count(a => a.Section == s.Slug) >= 2, $"Arabic section '{s.Slug}' has fewer than 2 stories."));

        // Agency copy carries the agency's credit; everything else is staff-written and needs a byline.
        Assert.All(live, a => Assert.True(a.AgencyId is not null || a.Bylines > 0));
        Assert.Contains(live, a => a.AgencyId is null);
        Assert.Contains(live, a => a.AgencyId is not null);
        var withAlt = live.Count(a => a.HasAlt) / (double)live.Count;
        Assert.InRange(withAlt, 0.3, 0.7);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Every_live_demo_article_has_a_hero_picture_stored_as_a_1600_by_900_jpeg()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var storage = scope.ServiceProvider.GetRequiredService<IMediaStorage>();
        var now = DateTime.UtcNow;

        var heroes = await db.Articles.AsNoTracking()
            .Where(a => a.Status == ArticleStatus.Published && a.PublishedAt <= now)
            .Select(a => new { a.Slug, Hero = a.HeroImage })
            .ToListAsync();

        Assert.NotEmpty(heroes);
        foreach (var article in heroes)
        {
            Assert.True(article.Hero is not null, $"'{article.Slug}' has no hero picture.");
            Assert.Equal(("image/jpeg", 1600, 900), (article.Hero.ContentType, article.Hero.Width, article.Hero.Height));
            Assert.True(await storage.ExistsAsync(article.Hero.StorageKey), $"The original of '{article.Slug}' is missing from storage.");
        }

        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Seed_article_reads_as_on_the_reference_page()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();

        var article = await db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == "en" && a.Headline == SeedHeadline)
            .Select(a => new
            {
                a.Slug,
                a.PublishedAt,
                a.Status,
                Section = a.Section!.Slug,
                Agency = a.Agency!.Credit,
                AgencyAr = a.Agency!.CreditAr,
                a.DatelinePlace,
                a.HeroCaption,
                a.HeroCredit,
                a.HeroAltText,
                AssetAlt = a.HeroImage!.AltText,
                a.BodyHtml,
                Topics = a.Topics.OrderBy(t => t.SortOrder).Select(t => t.Topic!.Name).ToList(),
                Pinned = a.PinnedRelated.OrderBy(p => p.SortOrder).Select(p => p.RelatedArticle!.Topics.Select(t => t.Topic!.Slug).ToList()).ToList(),
            })
            .AsSplitQuery()
            .SingleAsync();

        Assert.Equal("lavrov-to-blinken-russia-needs-security-guarantees-on-borders", article.Slug);
        Assert.Equal(new DateTime(2021, 12, 2, 14, 54, 0, DateTimeKind.Utc), article.PublishedAt);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal("world", article.Section);
        Assert.Equal(("AFP", "أ ف ب"), (article.Agency, article.AgencyAr));
        Assert.Equal("Stockholm", article.DatelinePlace);
        Assert.StartsWith(
            "US Secretary of State Antony Blinken gestures during his meeting with his Russian counterpart Sergei Lavrov on the sidelines of the OSCE in Europe ",
            article.HeroCaption);
        Assert.EndsWith(".", article.HeroCaption);
        Assert.Equal("AFP", article.HeroCredit);
        Assert.Null(article.HeroAltText);
        Assert.Null(article.AssetAlt);

        var paragraphs = Paragraphs(article.BodyHtml);
        Assert.Equal(10, paragraphs.Count);
        Assert.StartsWith("Russian Foreign Minister Sergei Lavrov told US Secretary of State Antony Blinken on Thursday", paragraphs[0]);
        Assert.StartsWith("Russia, which seized Crimea from Ukraine in 2014", paragraphs[^1]);
        Assert.DoesNotContain("Sharjah 24", article.BodyHtml, StringComparison.Ordinal);

        Assert.Equal(new[] { "Russia", "Ukraine", "NATO", "United States", "OSCE" }, article.Topics);
        Assert.Equal(2, article.Pinned.Count);
        Assert.All(article.Pinned, topics => Assert.Contains(topics, t => t is "russia" or "ukraine" or "nato"));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Seed_article_has_enough_live_stories_on_its_topics_to_fill_more_on_this_topic()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var now = DateTime.UtcNow;
        var seed = await db.Articles.AsNoTracking().Where(a => a.EditionCode == "en" && a.Headline == SeedHeadline)
            .Select(a => new { a.Id, Topics = a.Topics.Select(t => t.TopicId).ToList() })
            .SingleAsync();

        var sharing = await db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == "en" && a.Id != seed.Id && a.Status == ArticleStatus.Published && a.PublishedAt <= now)
            .CountAsync(a => a.Topics.Any(t => seed.Topics.Contains(t.TopicId)));

        Assert.True(sharing >= 6, $"Only {sharing} live stories share a topic with the seed article.");
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Drafts_and_scheduled_demo_stories_are_not_live()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var now = DateTime.UtcNow;

        var hidden = await db.Articles.AsNoTracking()
            .Where(a => a.Status != ArticleStatus.Published)
            .Select(a => new { a.Status, a.PublishedAt })
            .ToListAsync();

        Assert.Contains(hidden, a => a.Status == ArticleStatus.Draft && a.PublishedAt is null);
        Assert.Contains(hidden, a => a.Status == ArticleStatus.Scheduled && a.PublishedAt > now.AddDays(2));
        Assert.False(await db.Articles.AnyAsync(a => a.Status == ArticleStatus.Published && a.PublishedAt > now));
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Arabic_translations_share_a_group_with_their_English_original()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();

        var pairs = await db.Articles.AsNoTracking()
            .Where(a => a.EditionCode == "ar" && a.TranslationGroupId != null)
            .Join(db.Articles, ar => ar.TranslationGroupId, en => en.Id, (ar, en) => new
            {
                ar.Headline,
                OriginalEdition = en.EditionCode,
                OriginalGroup = en.TranslationGroupId,
                SameSection = ar.Section!.SortOrder == en.Section!.SortOrder,
                SameHero = ar.HeroImageId == en.HeroImageId,
            })
            .ToListAsync();

        Assert.True(pairs.Count >= 5, $"Only {pairs.Count} Arabic stories are linked to an English original.");
        Assert.All(pairs, p =>
        {
            Assert.Equal("en", p.OriginalEdition);
            Assert.NotNull(p.OriginalGroup);
            Assert.True(p.SameSection, $"'{p.Headline}' is in a different section from its original.");
            Assert.True(p.SameHero, $"'{p.Headline}' does not share its original's picture.");
        });
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Demo_bodies_are_sanitized_paragraphs_of_real_copy()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var sanitizer = scope.ServiceProvider.GetRequiredService<BodyHtmlSanitizer>();

        var articles = await db.Articles.AsNoTracking()
            .Where(a => a.Headline != SeedHeadline && a.PublishedAt != new DateTime(2021, 12, 2, 14, 54, 0, DateTimeKind.Utc))
            .Select(a => new { a.Slug, a.Headline, a.Standfirst, a.BodyHtml })
            .ToListAsync();

        Assert.All(articles, a =>
        {
            Assert.Equal(sanitizer.Sanitize(a.BodyHtml), a.BodyHtml);
            var paragraphs = Paragraphs(a.BodyHtml).Count;
            Assert.True(paragraphs is >= 4 and <= 8, $"'{a.Slug}' has {paragraphs} paragraphs.");
            Assert.False(string.IsNullOrWhiteSpace(a.Standfirst), $"'{a.Slug}' has no standfirst.");
            Assert.DoesNotContain("lorem", a.BodyHtml, StringComparison.OrdinalIgnoreCase);
        });
        Assert.Equal(articles.Count, articles.Select(a => a.Headline).Distinct().Count());
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Running_the_seeder_again_adds_nothing()
    {
        var before = await CountAsync(factory);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var seeder = scope.ServiceProvider.GetServices<IStartupDataStep>().OfType<DemoContentSeeder>().Single();
            await seeder.RunAsync(db, CancellationToken.None);
        }

        Assert.Equal(before, await CountAsync(factory));
        Assert.True(before.Articles > 0);
        Assert.Empty(factory.Warnings);
    }

    [Fact]
    public async Task Nothing_is_seeded_when_demo_content_is_switched_off()
    {
        await using var switchedOff = new DemoSiteFactory();
        switchedOff.Settings["Dateline:SeedDemoContent"] = "false";

        await using (var scope = switchedOff.Services.CreateAsyncScope())
        {
            // Run it once more by hand: the switch must stop the seeder itself, not just its registration.
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            var seeder = scope.ServiceProvider.GetServices<IStartupDataStep>().OfType<DemoContentSeeder>().Single();
            await seeder.RunAsync(db, CancellationToken.None);
        }

        var counts = await CountAsync(switchedOff);
        Assert.Equal((0, 0, 0, 0), (counts.Articles, counts.Media, counts.Sections, counts.Authors));
        Assert.Equal(2, counts.Editions);
        Assert.Empty(switchedOff.Warnings);
    }

    private static async Task<Counts> CountAsync(DemoSiteFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        return new Counts(
            await db.Editions.CountAsync(),
            await db.Articles.CountAsync(),
            await db.MediaAssets.CountAsync(),
            await db.Sections.CountAsync(),
            await db.Topics.CountAsync(),
            await db.Authors.CountAsync(),
            await db.Agencies.CountAsync(),
            await db.ArticleTopics.CountAsync(),
            await db.PinnedRelatedArticles.CountAsync());
    }

    private static List<string> Paragraphs(string html) =>
        ParagraphPattern().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<p>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ParagraphPattern();

    private sealed record Counts(
        int Editions, int Articles, int Media, int Sections, int Topics, int Authors, int Agencies, int ArticleTopics, int Pinned);
}
