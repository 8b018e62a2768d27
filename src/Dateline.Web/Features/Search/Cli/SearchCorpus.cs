using System.Text;
using System.Text.Json;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Sections;
using Dateline.Web.Features.Topics;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Search.Cli;

/// <summary>
/// Generated stories for benchmarks: half Arabic, half English, with news-like lengths (a 6–14 word headline, a
/// standfirst, 5–12 paragraphs of 40–90 words), words drawn with their natural frequency from the demo stories, two
/// years of publication times, and 1–3 of 200 topics per edition (a few large topics, many small ones).
/// </summary>
internal sealed class SearchCorpus(DatelineDbContext db, TimeProvider clock)
{
    private const int TopicsPerEdition = 200;
    private const int Batch = 1000;

    private readonly Random _random = new(13);

    public async Task GenerateAsync(int count, Action<int> progress, CancellationToken cancellationToken)
    {
        var editions = new Dictionary<string, EditionCorpus>();
        foreach (var code in new[] { "en", "ar" })
        {
            editions[code] = await PrepareAsync(code, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < count;)
        {
            var size = Math.Min(Batch, count - done);
            for (var i = 0; i < size; i++)
            {
                var corpus = editions[(done + i) % 2 == 0 ? "en" : "ar"];
                db.Articles.Add(Story(corpus, now, done + i));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            done += size;
            progress(done);
        }
    }

    private Article Story(EditionCorpus corpus, DateTime now, int n)
    {
        var headline = Sentence(corpus.Words, _random.Next(6, 15)).TrimEnd('.');
        var body = new StringBuilder();
        for (var p = _random.Next(5, 13); p > 0; p--)
        {
            body.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(Sentence(corpus.Words, _random.Next(40, 91)))).Append("</p>");
        }

        var published = now.AddSeconds(-_random.NextDouble() * 730 * 86400);
        var article = new Article
        {
            EditionCode = corpus.Code,
            Slug = $"{Slug.From(headline)}-{n}",
            Headline = headline,
            Standfirst = Sentence(corpus.Words, _random.Next(18, 36)),
            BodyHtml = body.ToString(),
            SectionId = corpus.Sections[_random.Next(corpus.Sections.Count)],
            Status = ArticleStatus.Published,
            PublishedAt = published,
            CreatedAt = published,
        };
        foreach (var (topic, order) in Enumerable.Range(0, _random.Next(1, 4)).Select(_ => corpus.Topics[Zipf(corpus.Topics.Count)]).Distinct().Select((t, i) => (t, i)))
        {
            article.Topics.Add(new ArticleTopic { TopicId = topic, SortOrder = order });
        }

        return article;
    }

    /// <summary>An index skewed towards the start, so that a few topics hold many stories and most hold few.</summary>
    private int Zipf(int count) => Math.Min(count - 1, (int)(count * Math.Pow(_random.NextDouble(), 3)));

    private string Sentence(string[] words, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(words[_random.Next(words.Length)]);
        }

        return text.Append('.').ToString();
    }

    private async Task<EditionCorpus> PrepareAsync(string code, CancellationToken cancellationToken)
    {
        var words = Vocabulary(code);
        var sections = await db.Sections.Where(s => s.EditionCode == code).Select(s => s.Id).ToListAsync(cancellationToken);
        if (sections.Count == 0)
        {
            var section = new Section { EditionCode = code, Slug = "general", Name = code == "ar" ? "عام" : "General" };
            db.Sections.Add(section);
            await db.SaveChangesAsync(cancellationToken);
            sections.Add(section.Id);
        }

        var topics = await db.Topics.Where(t => t.EditionCode == code && t.Slug.StartsWith("corpus-")).Select(t => t.Id).ToListAsync(cancellationToken);
        if (topics.Count == 0)
        {
            var added = Enumerable.Range(1, TopicsPerEdition)
                .Select(i => new Topic { EditionCode = code, Slug = $"corpus-{i}", Name = $"{words[_random.Next(words.Length)]} {i}" })
                .ToList();
            db.Topics.AddRange(added);
            await db.SaveChangesAsync(cancellationToken);
            topics = [.. added.Select(t => t.Id)];
        }

        return new EditionCorpus(code, words, sections, topics);
    }

    /// <summary>Every word of the demo stories of the edition, repeats kept, so common words stay common.</summary>
    private static string[] Vocabulary(string code)
    {
        using var stream = typeof(SearchCorpus).Assembly.GetManifestResourceStream($"DemoContent/{code}.json")
            ?? throw new InvalidOperationException($"The demo content for '{code}' is not embedded.");
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var words = new List<string>();
        foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
        {
            var texts = article.GetProperty("paragraphs").EnumerateArray().Select(p => p.GetString() ?? "")
                .Append(article.GetProperty("headline").GetString() ?? "");
            foreach (var text in texts)
            {
                words.AddRange(text.Split((char[])[' ', '\n', '\t', '.', ',', '،', '"', '“', '”', ':', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries));
            }
        }

        return [.. words];
    }

    private sealed record EditionCorpus(string Code, string[] Words, List<int> Sections, List<int> Topics);
}
