using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Dateline.Web.Features.Agencies;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Authors;
using Dateline.Web.Features.Media;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Features.Sections;
using Dateline.Web.Features.Topics;
using Dateline.Web.Infrastructure;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Infrastructure.Html;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.DemoContent;

/// <summary>
/// Gives a first start something to show: agencies, bylines, sections, topics and a few weeks of English and Arabic
/// stories with hero pictures, read from the JSON files in <c>Data/</c>. It only ever fills a database without
/// articles, so a second start, or a newsroom that has begun publishing, is left alone.
/// </summary>
internal sealed class DemoContentSeeder(
    IOptions<DatelineOptions> options,
    MediaLibrary media,
    IMediaStorage storage,
    BodyHtmlSanitizer sanitizer,
    TimeProvider time,
    StoryImport import,
    ILogger<DemoContentSeeder> logger) : IStartupDataStep
{
    private const string SourceEdition = "en";

    private static readonly NewsroomActor DemoEditor = new("system:demo-content", "Demo content", Accounts.NewsroomRoles.Editor);
    // The demo page offers its photo for download, as the site it imitates does.
    private static readonly MediaRights DemoRights = new(MediaLicence.EditorialUseOnly, ReadersMayDownload: true);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter() },
    };

    // After the default editions (order 0), which the demo articles belong to.
    public int Order => 100;

    public async Task RunAsync(DatelineDbContext db, CancellationToken cancellationToken)
    {
        if (!options.Value.SeedDemoContent || await db.Articles.AnyAsync(cancellationToken))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var now = Truncate(time.GetUtcNow().UtcDateTime);
        var newsroom = Load<NewsroomFile>("newsroom.json");
        var existingEditions = await db.Editions.Select(e => e.Code).ToListAsync(cancellationToken);
        var editions = new[] { Load<EditionFile>("en.json"), Load<EditionFile>("ar.json") }
            .Where(e => existingEditions.Contains(e.Edition))
            .ToList();

        var agencies = await AgenciesAsync(db, newsroom, cancellationToken);
        var authors = await AuthorsAsync(db, newsroom, cancellationToken);
        var stories = new List<Story>();
        foreach (var edition in editions)
        {
            stories.AddRange(await StoriesAsync(db, edition, agencies, authors, now, cancellationToken));
        }

        Link(stories);
        var assets = new List<MediaAsset>();
        var prepared = Stopwatch.GetTimestamp();
        var illustrated = prepared;
        try
        {
            await IllustrateAsync(stories, assets, cancellationToken);
            illustrated = Stopwatch.GetTimestamp();

            // On start the steps already run in one transaction (DataModule); run by hand, the seeder brings its own.
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            db.Articles.AddRange(stories.Select(s => s.Article));
            await db.SaveChangesAsync(cancellationToken);

            // Translation groups take the English article's id, which exists only once it is saved.
            foreach (var story in stories.Where(s => s.Original is not null))
            {
                story.Original!.Article.TranslationGroupId = story.Original.Article.Id;
                story.Article.TranslationGroupId = story.Original.Article.Id;
            }

            await db.SaveChangesAsync(cancellationToken);

            // Through the newsroom's path: working copies, revisions and published snapshots, as if editors wrote them.
            await import.AdoptAsync(db, [.. stories.Select(s => s.Article)], DemoEditor, cancellationToken);
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
        }
        catch
        {
            // The rows roll back with the transaction; the files would not, so remove them.
            foreach (var asset in assets)
            {
                await storage.DeleteAsync(asset.StorageKey, CancellationToken.None);
            }

            throw;
        }

        logger.LogInformation(
            "Seeded demo content: {Articles} articles in {Editions} editions with {Images} pictures in {Elapsed:N0} ms (reading {Reading:N0} ms, pictures {Pictures:N0} ms, saving {Saving:N0} ms)",
            stories.Count, editions.Count, assets.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            Stopwatch.GetElapsedTime(started, prepared).TotalMilliseconds, Stopwatch.GetElapsedTime(prepared, illustrated).TotalMilliseconds,
            Stopwatch.GetElapsedTime(illustrated).TotalMilliseconds);
    }

    private static async Task<Dictionary<string, Agency>> AgenciesAsync(DatelineDbContext db, NewsroomFile newsroom, CancellationToken cancellationToken)
    {
        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Code, cancellationToken);
        foreach (var data in newsroom.Agencies.Where(a => !agencies.ContainsKey(a.Code)))
        {
            var agency = new Agency { Code = data.Code, Name = data.Name, Credit = data.Credit, CreditAr = data.CreditAr };
            db.Agencies.Add(agency);
            agencies[agency.Code] = agency;
        }

        return agencies;
    }

    private static async Task<Dictionary<string, Author>> AuthorsAsync(DatelineDbContext db, NewsroomFile newsroom, CancellationToken cancellationToken)
    {
        var authors = await db.Authors.ToDictionaryAsync(a => a.Slug, cancellationToken);
        foreach (var data in newsroom.Authors.Where(a => !authors.ContainsKey(a.Slug)))
        {
            var author = new Author { Slug = data.Slug, Name = data.Name, NameAr = data.NameAr, Bio = data.Bio };
            db.Authors.Add(author);
            authors[author.Slug] = author;
        }

        return authors;
    }

    private async Task<List<Story>> StoriesAsync(
        DatelineDbContext db, EditionFile edition, Dictionary<string, Agency> agencies, Dictionary<string, Author> authors,
        DateTime now, CancellationToken cancellationToken)
    {
        var code = edition.Edition;
        var sections = await db.Sections.Where(s => s.EditionCode == code).ToDictionaryAsync(s => s.Slug, cancellationToken);
        var styles = new Dictionary<string, string>();
        foreach (var (data, order) in edition.Sections.Select((s, i) => (s, i)))
        {
            if (!HeroIllustration.IsKnownStyle(data.Style))
            {
                throw Invalid(code, data.Slug, $"section style '{data.Style}' is unknown");
            }

            styles[data.Slug] = data.Style;
            if (!sections.ContainsKey(data.Slug))
            {
                var section = new Section { EditionCode = code, Slug = data.Slug, Name = data.Name, SortOrder = order };
                db.Sections.Add(section);
                sections[data.Slug] = section;
            }
        }

        var topics = await db.Topics.Where(t => t.EditionCode == code).ToDictionaryAsync(t => t.Slug, cancellationToken);
        foreach (var data in edition.Topics.Where(t => !topics.ContainsKey(t.Slug)))
        {
            var topic = new Topic { EditionCode = code, Slug = data.Slug, Name = data.Name };
            db.Topics.Add(topic);
            topics[data.Slug] = topic;
        }

        var stories = new List<Story>();
        foreach (var data in edition.Articles)
        {
            var status = data.Status ?? ArticleStatus.Published;
            var publishedAt = data.Published?.ToUniversalTime()
                ?? (data.HoursAgo is { } hours ? Truncate(now.AddHours(-hours)) : null);
            if (status != ArticleStatus.Draft && publishedAt is null)
            {
                throw Invalid(code, data.Key, "needs 'published' or 'hoursAgo'");
            }

            var article = new Article
            {
                EditionCode = code,
                Slug = Slug.From(data.Headline),
                Headline = data.Headline,
                Standfirst = data.Standfirst,
                BodyHtml = sanitizer.Sanitize(Body(data.Paragraphs)),
                DatelinePlace = data.Place,
                Section = sections.GetValueOrDefault(data.Section) ?? throw Invalid(code, data.Key, $"section '{data.Section}' is not defined"),
                Agency = data.Agency is null ? null : agencies.GetValueOrDefault(data.Agency) ?? throw Invalid(code, data.Key, $"agency '{data.Agency}' is not defined"),
                HeroCaption = data.Caption,
                HeroCredit = data.Credit,
                HeroAltText = data.Alt,
                Status = status,
                PublishedAt = publishedAt,
                UpdatedAt = data.UpdatedHoursAgo is { } updated ? Truncate(now.AddHours(-updated)) : null,
                CreatedAt = publishedAt is { } at && at <= now ? at.AddMinutes(-25 - (Hash(data.Key) % 60)) : now,
            };
            article.Topics.AddRange(data.Topics.Select((slug, i) => new ArticleTopic
            {
                Topic = topics.GetValueOrDefault(slug) ?? throw Invalid(code, data.Key, $"topic '{slug}' is not defined"),
                SortOrder = i,
            }));
            article.Authors.AddRange((data.Authors ?? []).Select((slug, i) => new ArticleAuthor
            {
                Author = authors.GetValueOrDefault(slug) ?? throw Invalid(code, data.Key, $"author '{slug}' is not defined"),
                SortOrder = i,
            }));
            stories.Add(new Story(code, data, article, styles[data.Section]));
        }

        return stories;
    }

    /// <summary>Resolves pinned related stories within an edition and translations across editions.</summary>
    private static void Link(List<Story> stories)
    {
        var byKey = stories.ToDictionary(s => (s.Edition, s.Data.Key));
        foreach (var story in stories)
        {
            foreach (var (key, i) in (story.Data.Related ?? []).Select((k, i) => (k, i)))
            {
                var related = byKey.GetValueOrDefault((story.Edition, key)) ?? throw Invalid(story.Edition, story.Data.Key, $"related story '{key}' is not defined");
                story.Article.PinnedRelated.Add(new PinnedRelatedArticle { RelatedArticle = related.Article, SortOrder = i });
            }

            if (story.Data.TranslationOf is { } original)
            {
                story.Original = byKey.GetValueOrDefault((SourceEdition, original))
                    ?? throw Invalid(story.Edition, story.Data.Key, $"translated story '{original}' is not defined in '{SourceEdition}'");

                // The shared picture's own alt text is in the original's language, so a translation must bring its own.
                if (story.Original.Data.Alt is not null && story.Data.Alt is null)
                {
                    throw Invalid(story.Edition, story.Data.Key, "needs its own alt text, as it shares a picture whose alt text is in another language");
                }
            }
        }
    }

    /// <summary>
    /// Paints a hero picture for every story that will be seen (translations share the original's) and imports them,
    /// adding each stored asset to <paramref name="assets"/> at once so a later failure can remove its file.
    /// </summary>
    private async Task IllustrateAsync(List<Story> stories, List<MediaAsset> assets, CancellationToken cancellationToken)
    {
        var illustrated = stories.Where(s => s.Original is null && s.Article.Status != ArticleStatus.Draft).ToList();
        var pictures = new byte[illustrated.Count][];
        var started = Stopwatch.GetTimestamp();
        // Painting is CPU work; one canvas per worker thread keeps the large buffers from being allocated per picture.
        Parallel.For(0, illustrated.Count, new ParallelOptions { CancellationToken = cancellationToken },
            HeroIllustration.CreateCanvas,
            (i, _, canvas) =>
            {
                pictures[i] = HeroIllustration.Paint(illustrated[i].Style, Hash(illustrated[i].Data.Key), canvas);
                return canvas;
            },
            _ => { });
        logger.LogDebug("Painted {Count} demo pictures in {Elapsed:N0} ms", illustrated.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);

        var byStory = new Dictionary<Story, MediaAsset>();
        for (var i = 0; i < illustrated.Count; i++)
        {
            var story = illustrated[i];
            using var picture = new MemoryStream(pictures[i], writable: false);
            var asset = await media.ImportAsync(picture, story.Article.Slug + ".jpg", story.Data.Caption, story.Data.Credit, story.Data.Alt,
                DemoRights, cancellationToken: cancellationToken);
            assets.Add(asset);
            byStory[story] = asset;
            story.Article.HeroImage = asset;
        }

        foreach (var story in stories.Where(s => s.Original is not null))
        {
            story.Article.HeroImage = byStory.GetValueOrDefault(story.Original!);
        }
    }

    /// <summary>
    /// Paragraphs become <c>&lt;p&gt;</c> elements; "## " starts a subheading and "&gt; " a pull quote. The text may hold
    /// inline markup (<c>&lt;em&gt;</c>, links), which the sanitizer then checks like any newsroom body.
    /// </summary>
    private static string Body(List<string> paragraphs)
    {
        var html = new StringBuilder();
        foreach (var paragraph in paragraphs)
        {
            html.Append(paragraph switch
            {
                _ when paragraph.StartsWith("## ", StringComparison.Ordinal) => $"<h2>{paragraph[3..]}</h2>",
                _ when paragraph.StartsWith("> ", StringComparison.Ordinal) => $"<blockquote><p>{paragraph[2..]}</p></blockquote>",
                _ => $"<p>{paragraph}</p>",
            });
        }

        return html.ToString();
    }

    private static T Load<T>(string name)
    {
        using var stream = typeof(DemoContentSeeder).Assembly.GetManifestResourceStream("DemoContent/" + name)
            ?? throw new InvalidOperationException($"Demo content file '{name}' is not embedded in the assembly.");
        return JsonSerializer.Deserialize<T>(stream, Json)
            ?? throw new InvalidOperationException($"Demo content file '{name}' is empty.");
    }

    private static InvalidOperationException Invalid(string edition, string key, string problem) =>
        new($"Demo content '{edition}/{key}': {problem}.");

    private static DateTime Truncate(DateTime utc) =>
        new(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);

    /// <summary>A stable hash (string.GetHashCode changes per process), so a story keeps its picture across runs.</summary>
    private static int Hash(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    private sealed class Story(string edition, ArticleData data, Article article, string style)
    {
        public string Edition { get; } = edition;
        public ArticleData Data { get; } = data;
        public Article Article { get; } = article;
        public string Style { get; } = style;
        public Story? Original { get; set; }
    }

    private sealed record NewsroomFile(List<AgencyData> Agencies, List<AuthorData> Authors);

    private sealed record AgencyData(string Code, string Name, string Credit, string CreditAr);

    private sealed record AuthorData(string Slug, string Name, string? NameAr = null, string? Bio = null);

    private sealed record EditionFile(string Edition, List<SectionData> Sections, List<TopicData> Topics, List<ArticleData> Articles);

    private sealed record SectionData(string Slug, string Name, string Style);

    private sealed record TopicData(string Slug, string Name);

    private sealed record ArticleData(
        string Key,
        string Headline,
        string Section,
        List<string> Topics,
        List<string> Paragraphs,
        string? Standfirst = null,
        string? Agency = null,
        List<string>? Authors = null,
        string? Place = null,
        DateTime? Published = null,
        double? HoursAgo = null,
        double? UpdatedHoursAgo = null,
        ArticleStatus? Status = null,
        string? Caption = null,
        string? Credit = null,
        string? Alt = null,
        string? TranslationOf = null,
        List<string>? Related = null);
}
