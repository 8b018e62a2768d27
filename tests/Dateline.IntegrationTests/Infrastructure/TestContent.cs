using Dateline.Web.Features.Agencies;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Authors;
using Dateline.Web.Features.Media;
using Dateline.Web.Features.Sections;
using Dateline.Web.Features.Topics;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Infrastructure.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>Seeds the rows a test needs, through the app's own services, with names unique to the test.</summary>
public sealed class TestContent(DatelineFactory factory)
{
    private readonly string _unique = Guid.NewGuid().ToString("N")[..8];

    public string Unique => _unique;

    public async Task<Section> SectionAsync(string edition = "en", string? name = null)
    {
        var section = new Section { EditionCode = edition, Slug = $"section-{_unique}-{Guid.NewGuid():N}"[..30], Name = name ?? $"Section {_unique}", SortOrder = 50 };
        await factory.SeedAsync((db, _) =>
        {
            db.Sections.Add(section);
            return Task.CompletedTask;
        });
        return section;
    }

    public async Task<Topic> TopicAsync(string edition = "en", string? name = null)
    {
        var topic = new Topic { EditionCode = edition, Slug = $"topic-{_unique}-{Guid.NewGuid():N}"[..28], Name = name ?? $"Topic {_unique}" };
        await factory.SeedAsync((db, _) =>
        {
            db.Topics.Add(topic);
            return Task.CompletedTask;
        });
        return topic;
    }

    public async Task<Agency> AgencyAsync(string credit = "AFP", string creditAr = "أ ف ب")
    {
        var agency = new Agency { Code = $"{credit}-{_unique}-{Guid.NewGuid():N}"[..20], Name = credit, Credit = credit, CreditAr = creditAr };
        await factory.SeedAsync((db, _) =>
        {
            db.Agencies.Add(agency);
            return Task.CompletedTask;
        });
        return agency;
    }

    public async Task<Author> AuthorAsync(string? name = null, string? nameAr = null, string? bio = null, string? bioAr = null, int? photoId = null)
    {
        var author = new Author
        {
            Slug = $"author-{_unique}-{Guid.NewGuid():N}"[..30],
            Name = name ?? $"Author {_unique}",
            NameAr = nameAr,
            Bio = bio,
            BioAr = bioAr,
            PhotoId = photoId,
        };
        await factory.SeedAsync((db, _) =>
        {
            db.Authors.Add(author);
            return Task.CompletedTask;
        });
        return author;
    }

    /// <summary>Credits the authors on the article's byline, in this order.</summary>
    public async Task CreditAsync(Article article, params Author[] authors)
    {
        await factory.SeedAsync((db, _) =>
        {
            foreach (var (author, i) in authors.Select((a, i) => (a, i)))
            {
                db.ArticleAuthors.Add(new ArticleAuthor { ArticleId = article.Id, AuthorId = author.Id, SortOrder = i });
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Adds an article; by default published an hour ago with a generated 640×360 hero image.</summary>
    public async Task<Article> ArticleAsync(
        Section section,
        string? headline = null,
        DateTime? publishedAt = null,
        ArticleStatus status = ArticleStatus.Published,
        IEnumerable<Topic>? topics = null,
        Agency? agency = null,
        bool withImage = true,
        string? body = null,
        string? caption = null,
        string? credit = null,
        string? altText = null,
        int imageWidth = 640,
        int imageHeight = 360)
    {
        Article? article = null;
        await factory.SeedAsync(async (db, services) =>
        {
            headline ??= $"Story {_unique} {Guid.NewGuid():N}"[..24];
            var sanitizer = services.GetRequiredService<BodyHtmlSanitizer>();
            article = new Article
            {
                EditionCode = section.EditionCode,
                Slug = Slug.From(headline) + "-" + Guid.NewGuid().ToString("N")[..6],
                Headline = headline,
                BodyHtml = sanitizer.Sanitize(body ?? "<p>First paragraph.</p><p>Second paragraph.</p>"),
                SectionId = section.Id,
                AgencyId = agency?.Id,
                Status = status,
                PublishedAt = publishedAt ?? DateTime.UtcNow.AddHours(-1),
                CreatedAt = DateTime.UtcNow,
                HeroCaption = caption,
                HeroCredit = credit,
                HeroAltText = altText,
            };
            if (withImage)
            {
                using var image = NetVips.Image.Black(imageWidth, imageHeight, bands: 3).Linear(new double[] { 1, 1, 1 }, new double[] { 40, 90, 160 }).Cast(NetVips.Enums.BandFormat.Uchar);
                using var stream = new MemoryStream(image.JpegsaveBuffer());
                article.HeroImage = await services.GetRequiredService<MediaLibrary>().ImportAsync(stream, "test.jpg",
                    rights: new MediaRights(MediaLicence.Staff, ReadersMayDownload: true));
            }

            foreach (var (topic, order) in (topics ?? []).Select((t, i) => (t, i)))
            {
                article.Topics.Add(new ArticleTopic { TopicId = topic.Id, SortOrder = order });
            }

            db.Articles.Add(article);
        });
        return article!;
    }

    public async Task PinAsync(Article article, params Article[] related)
    {
        await factory.SeedAsync((db, _) =>
        {
            foreach (var (r, i) in related.Select((r, i) => (r, i)))
            {
                db.PinnedRelatedArticles.Add(new PinnedRelatedArticle { ArticleId = article.Id, RelatedArticleId = r.Id, SortOrder = i });
            }

            return Task.CompletedTask;
        });
    }

    /// <summary>Links a translation to its original as the newsroom does: the group takes the original's id.</summary>
    public async Task TranslateAsync(Article original, Article translation)
    {
        await factory.SeedAsync(async (db, _) =>
        {
            foreach (var article in await db.Articles.Where(a => a.Id == original.Id || a.Id == translation.Id).ToListAsync())
            {
                article.TranslationGroupId = original.Id;
            }
        });
    }

    public async Task<T> QueryAsync<T>(Func<DatelineDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DatelineDbContext>());
    }

    public Task<int> CountArticlesAsync() => QueryAsync(db => db.Articles.CountAsync());
}
