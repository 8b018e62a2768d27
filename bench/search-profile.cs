#:sdk Microsoft.NET.Sdk.Web
#:project ../src/Dateline.Web/Dateline.Web.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
// Where a search's time goes, in-process (no HTTP), on a private copy of an index; and the current ArticleSearch.
// Usage: dotnet run -c Release bench/search-profile.cs -- OLD_INDEX NEW_INDEX QUERIES_FILE ROUNDS [ab|stages|stages2|search]
//   ab:     per query, alternately, the search as session 8 shipped it (replicated here) on OLD_INDEX (an index of
//           layout 1) and ArticleSearch.Search as it is now on NEW_INDEX (the same stories, current layout): the same
//           load for both, so their ratio means something on a shared machine.
//   stages: session 8's search on OLD_INDEX timed step by step: query building, the filter alone, the scored and
//           sorted search, stored fields, highlighting, the fuzzy fallback.
//   stages2: the current search's steps on NEW_INDEX.
//   search: ArticleSearch.Search alone on NEW_INDEX.
// Works on a copy: opening the index takes its write lock, so never point it at a running node's folder.
using System.Diagnostics;
using System.Globalization;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Search;
using Dateline.Web.Infrastructure;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

var queries = File.ReadAllLines(args[2])
    .Where(l => l.Length > 0 && !l.StartsWith('#'))
    .Select(l => l.Split('\t', 2))
    .Select(p => (Edition: p[0], Text: p[1]))
    .ToList();
var rounds = int.Parse(args[3], CultureInfo.InvariantCulture);
var mode = args.Length > 4 ? args[4] : "ab";

using var index = Open(args[0]);
using var current = Open(args[1]);
var search = new ArticleSearch(current, TimeProvider.System);
var now = DateTime.UtcNow;
var EditionFilters = new Dictionary<string, CachingWrapperFilter>();
var stages = new Dictionary<string, List<double>>();
var totals = new List<(double Ms, string Query)>();

void Add(string stage, double ms)
{
    if (!stages.TryGetValue(stage, out var list))
    {
        stages[stage] = list = [];
    }

    list.Add(ms);
}

for (var round = 0; round <= rounds; round++)
{
    foreach (var (edition, text) in queries)
    {
        if (mode == "ab")
        {
            var order = (round + text.Length) % 2 == 0;
            for (var i = 0; i < 2; i++)
            {
                var began = Stopwatch.GetTimestamp();
                if ((i == 0) == order)
                {
                    index.Read(searcher => Baseline(searcher, edition, text));
                    Add("before (session 8)", Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                }
                else
                {
                    search.Search(new SearchQuery(edition, text));
                    Add("after (ArticleSearch)", Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                }
            }

            if (round == 0)
            {
                stages.Clear();
            }

            continue;
        }

        var started = Stopwatch.GetTimestamp();
        if (mode == "spell")
        {
            current.Read(searcher => Spell(searcher, edition, text, round > 0 ? Add : (_, _) => { }));
        }
        else if (mode == "stages2")
        {
            current.Read(searcher => Stages2(searcher, edition, text, round > 0 ? Add : (_, _) => { }));
        }
        else if (mode == "search")
        {
            search.Search(new SearchQuery(edition, text));
        }
        else
        {
            index.Read(searcher => Stages(searcher, edition, text, round > 0 ? Add : (_, _) => { }));
        }

        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (round > 0)
        {
            totals.Add((ms, $"{edition}: {text}"));
        }
    }
}

Console.WriteLine($"search-profile {mode}: {queries.Count} queries × {rounds} rounds, load average {File.ReadAllText("/proc/loadavg").Trim()}");
if (totals.Count > 0)
{
    Console.WriteLine($"  {"total",-28} {Percentiles(totals.Select(t => t.Ms))}; slowest {totals.MaxBy(t => t.Ms).Query}");
}

foreach (var (stage, values) in stages)
{
    Console.WriteLine($"  {stage,-28} {Percentiles(values)} sum={values.Sum():F0}");
}

if (mode == "stages")
{
    // Per query: the median total, to see which queries carry the p95.
    foreach (var group in totals.GroupBy(t => t.Query).OrderByDescending(g => g.Select(t => t.Ms).Order().ElementAt(g.Count() / 2)).Take(8))
    {
        Console.WriteLine($"  slow: {group.Key,-40} median {group.Select(t => t.Ms).Order().ElementAt(group.Count() / 2):F1} ms");
    }
}

if (mode == "ab")
{
    Console.WriteLine($"  after/before: sum {stages["after (ArticleSearch)"].Sum() / stages["before (session 8)"].Sum():F2}");
}

return 0;

static SearchIndex Open(string folder) => new(
    Options.Create(new SearchOptions { IndexPath = folder }),
    Options.Create(new DatelineOptions { DataPath = folder }),
    NullLogger<SearchIndex>.Instance)
{ ExactFolderOnly = true };

// Session 8's ArticleSearch.Search, as it was (layout 1: no term vectors).
int Baseline(IndexSearcher searcher, string edition, string text)
{
    var reader = new ReaderQuery(text, edition);
    var filter = new QueryWrapperFilter(new BooleanQuery
    {
        { new TermQuery(new Term(SearchFields.Edition, edition)), Occur.MUST },
        { NumericRangeQuery.NewInt64Range(SearchFields.Published, DateTime.MinValue.Ticks, now.Ticks, true, true), Occur.MUST },
    });
    var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true));
    var relevance = reader.Exact();
    var top = searcher.Search(new Recency(relevance, now), filter, 10, sort, doDocScores: false, doMaxScore: false);
    if (top.TotalHits == 0)
    {
        relevance = OldFuzzy(reader.Exact());
        top = searcher.Search(new Recency(relevance, now), filter, 10, sort, doDocScores: false, doMaxScore: false);
    }

    if (top.TotalHits == 0)
    {
        return 0;
    }

    var analyzer = SearchAnalyzers.For(edition);
    var scorer = new QueryScorer(searcher.Rewrite(relevance));
    var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
    {
        TextFragmenter = new SimpleSpanFragmenter(scorer, 180),
    };
    var marked = 0;
    foreach (var scoreDoc in top.ScoreDocs)
    {
        var doc = searcher.Doc(scoreDoc.Doc);
        _ = doc.Get(SearchFields.Id) + doc.Get(SearchFields.Slug) + doc.Get(SearchFields.Headline) + doc.Get(SearchFields.Section) + doc.Get(SearchFields.SectionName);
        foreach (var field in new[] { SearchFields.Body, SearchFields.Standfirst, SearchFields.Headline })
        {
            var value = doc.Get(field);
            if (!string.IsNullOrEmpty(value) && highlighter.GetBestFragment(analyzer, field, value) is { Length: > 0 } fragment && fragment.Contains("<mark>", StringComparison.Ordinal))
            {
                marked++;
                break;
            }
        }
    }

    return marked;
}

CachingWrapperFilter EditionFilter(string edition)
{
    if (!EditionFilters.TryGetValue(edition, out var filter))
    {
        EditionFilters[edition] = filter = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Edition, edition))));
    }

    return filter;
}

// The current ArticleSearch's steps on NEW_INDEX (its snippet class is internal to the app, so replicated).
int Stages2(IndexSearcher searcher, string edition, string text, Action<string, double> add)
{
    var t = Stopwatch.GetTimestamp();
    double Lap()
    {
        var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        t = Stopwatch.GetTimestamp();
        return ms;
    }

    var reader = new ReaderQuery(text, edition);
    var filter = new QueryWrapperFilter(new BooleanQuery
    {
        { new ConstantScoreQuery(EditionFilter(edition)), Occur.MUST },
        { NumericRangeQuery.NewInt64Range(SearchFields.Published, now.Ticks, null, false, true), Occur.MUST_NOT },
    });
    var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true));
    var relevance = searcher.Rewrite(reader.Exact());
    add("1 parse+rewrite", Lap());
    var top = searcher.Search(new Recency(relevance, now), filter, 10, sort, doDocScores: false, doMaxScore: false);
    add("2 recency+sort top10", Lap());
    if (top.TotalHits == 0)
    {
        relevance = searcher.Rewrite(reader.Fuzzy(searcher.IndexReader));
        add("3 fuzzy rewrite", Lap());
        top = searcher.Search(new Recency(relevance, now), filter, 10, sort, doDocScores: false, doMaxScore: false);
        add("3 fuzzy search", Lap());
    }

    var counter = new TotalHitCountCollector();
    searcher.Search(new Recency(relevance, now), filter, counter);
    add("x recency count only", Lap());
    searcher.Search(relevance, filter, counter);
    add("x relevance count only", Lap());

    var docs = top.ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
    add("4 stored fields", Lap());
    var fvh = new FastVectorHighlighter(true, true);
    var fieldQuery = fvh.GetFieldQuery(relevance, searcher.IndexReader);
    add("5 field query", Lap());
    string[] open = ["<mark>"], close = ["</mark>"];
    foreach (var d in top.ScoreDocs)
    {
        fvh.GetBestFragment(fieldQuery, searcher.IndexReader, d.Doc, SearchFields.Body, 180, new SimpleFragListBuilder(), new ScoreOrderFragmentsBuilder(open, close), open, close, new SimpleHTMLEncoder());
    }

    add("6 body snippets", Lap());
    return top.TotalHits;
}

int Stages(IndexSearcher searcher, string edition, string text, Action<string, double> add)
{
    var t = Stopwatch.GetTimestamp();
    double Lap()
    {
        var ms = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        t = Stopwatch.GetTimestamp();
        return ms;
    }

    var reader = new ReaderQuery(text, edition);
    var exact = reader.Exact();
    var filterQuery = new BooleanQuery
    {
        { new TermQuery(new Term(SearchFields.Edition, edition)), Occur.MUST },
        { NumericRangeQuery.NewInt64Range(SearchFields.Published, DateTime.MinValue.Ticks, now.Ticks, true, true), Occur.MUST },
    };
    var filter = new QueryWrapperFilter(filterQuery);
    add("1 parse+build", Lap());

    var counter = new TotalHitCountCollector();
    searcher.Search(new ConstantScoreQuery(filter), counter);
    add("2 filter alone (count)", Lap());

    var plainCount = new TotalHitCountCollector();
    searcher.Search(exact, filter, plainCount);
    add("3 relevance+filter (count)", Lap());

    var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true));
    var top = searcher.Search(new Recency(exact, now), filter, 10, sort, doDocScores: false, doMaxScore: false);
    add("4 recency+sort top10", Lap());
    var fuzzy = false;
    if (top.TotalHits == 0)
    {
        exact = OldFuzzy(reader.Exact());
        top = searcher.Search(new Recency(exact, now), filter, 10, sort, doDocScores: false, doMaxScore: false);
        add("5 fuzzy search", Lap());
        fuzzy = true;
    }

    var docs = top.ScoreDocs.Select(d => searcher.Doc(d.Doc)).ToList();
    add("6 stored fields", Lap());

    var analyzer = SearchAnalyzers.For(edition);
    var scorer = new QueryScorer(searcher.Rewrite(exact));
    var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
    {
        TextFragmenter = new SimpleSpanFragmenter(scorer, 180),
    };
    add(fuzzy ? "7 fuzzy rewrite" : "7 rewrite", Lap());
    foreach (var doc in docs)
    {
        foreach (var field in new[] { SearchFields.Body, SearchFields.Standfirst, SearchFields.Headline })
        {
            var value = doc.Get(field);
            if (!string.IsNullOrEmpty(value) && highlighter.GetBestFragment(analyzer, field, value) is { Length: > 0 } fragment && fragment.Contains("<mark>", StringComparison.Ordinal))
            {
                break;
            }
        }
    }

    add("8 highlight", Lap());
    if (Environment.GetEnvironmentVariable("VERBOSE") == "1")
    {
        Console.WriteLine($"    {edition}: {text}: {top.TotalHits} hits{(fuzzy ? " (fuzzy)" : "")}, filter {counter.TotalHits}, exact {plainCount.TotalHits}, {exact}");
    }

    return top.TotalHits;
}

int Spell(IndexSearcher searcher, string edition, string text, Action<string, double> add)
{
    var n = 0;
    foreach (var word in text.Split(' '))
    {
        var stem = new ReaderQuery(word, edition).Exact().ToString().Split(':')[1].Split('^')[0].Trim('(', ')', ' ', '"');
        if (stem.Length <= 3)
        {
            continue;
        }

        var edits = stem.Length > 6 ? 2 : 1;
        foreach (var (name, fields, perLeaf, shared) in new (string, string[], bool, bool)[]
        {
            ("7 fields multi shared", [.. SearchFields.Searched.Keys], false, true),
            ("7 fields multi own", [.. SearchFields.Searched.Keys], false, false),
            ("7 fields leaves shared", [.. SearchFields.Searched.Keys], true, true),
            ("body only multi", [SearchFields.Body], false, true),
            ("headline only multi", [SearchFields.Headline], false, true),
        })
        {
            var started = Stopwatch.GetTimestamp();
            var automata = new Lucene.Net.Util.AttributeSource();
            foreach (var field in fields)
            {
                var sources = perLeaf
                    ? searcher.IndexReader.Leaves.Select(l => l.AtomicReader.GetTerms(field)).ToList()
                    : [MultiFields.GetTerms(searcher.IndexReader, field)];
                foreach (var terms in sources)
                {
                    if (terms is null)
                    {
                        continue;
                    }

                    var e = new FuzzyTermsEnum(terms, shared ? automata : new Lucene.Net.Util.AttributeSource(), new Term(field, stem), edits, 1, true);
                    while (e.MoveNext())
                    {
                        n += e.DocFreq;
                    }
                }
            }

            add(name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    return n;
}

// Session 8's fuzzy fallback: a FuzzyQuery (Lucene's default 50 expansions) per word and field.
static Query OldFuzzy(Query exact)
{
    var query = new BooleanQuery();
    foreach (var clause in ((BooleanQuery)exact).Clauses)
    {
        var perField = new DisjunctionMaxQuery(0.1f);
        foreach (var disjunct in ((DisjunctionMaxQuery)clause.Query).Disjuncts)
        {
            Query fuzzy = disjunct;
            if (disjunct is TermQuery term && !clause.IsProhibited && term.Term.Text.Length > 3)
            {
                fuzzy = new FuzzyQuery(term.Term, term.Term.Text.Length > 6 ? 2 : 1, prefixLength: 1) { Boost = term.Boost };
            }
            else if (disjunct is PhraseQuery phrase)
            {
                var slop = new PhraseQuery { Slop = 2, Boost = phrase.Boost };
                var positions = phrase.GetPositions();
                var terms = phrase.GetTerms();
                for (var i = 0; i < terms.Length; i++)
                {
                    slop.Add(terms[i], positions[i]);
                }

                fuzzy = slop;
            }

            perField.Add(fuzzy);
        }

        query.Add(perField, clause.Occur);
    }

    return query;
}

static string Percentiles(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    if (sorted.Length == 0)
    {
        return "n/a";
    }

    double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    return string.Create(CultureInfo.InvariantCulture, $"p50={At(0.50):F1} p95={At(0.95):F1} max={sorted[^1]:F1} (n={sorted.Length})");
}

/// <summary>Session 8's RecencyQuery (internal to the app), replicated for the baseline.</summary>
internal sealed class Recency(Query relevance, DateTime now) : CustomScoreQuery(relevance)
{
    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Provider(context, now.Ticks);

    private sealed class Provider(AtomicReaderContext context, long now) : CustomScoreProvider(context)
    {
        private readonly NumericDocValues? _published = context.AtomicReader.GetNumericDocValues(SearchFields.PublishedValue);

        public override float CustomScore(int doc, float subQueryScore, float valSrcScore)
        {
            var ageDays = _published is null ? 365 : (now - _published.Get(doc)) / (double)TimeSpan.TicksPerDay;
            return subQueryScore * (float)NewsRecency.Factor(ageDays);
        }
    }
}
