using System.Globalization;
using System.Net;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace Dateline.Web.Features.Search;

/// <summary>Searches the published stories of one edition in this node's index.</summary>
public sealed class ArticleSearch(SearchIndex index, TimeProvider clock)
{
    private const int SnippetLength = 180;

    private static readonly Sort RelevanceThenNewest = new(SortField.FIELD_SCORE, new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true));

    public SearchResults Search(SearchQuery query)
    {
        var reader = new ReaderQuery(query.Text, query.Edition);
        if (!reader.HasTerms)
        {
            return SearchResults.Empty;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var filter = new QueryWrapperFilter(Filter(query, now));
        var page = Math.Clamp(query.Page, 1, SearchQuery.MaxPage);
        var size = Math.Clamp(query.PageSize, 1, 50);
        return index.Read(searcher =>
        {
            var exact = reader.Exact();
            var results = Run(searcher, exact, filter, query.Edition, now, page, size, fuzzy: false);
            return results.Total > 0 ? results : Run(searcher, reader.Fuzzy(), filter, query.Edition, now, page, size, fuzzy: true);
        });
    }

    private static SearchResults Run(IndexSearcher searcher, Query relevance, Filter filter, string edition, DateTime now, int page, int size, bool fuzzy)
    {
        var top = searcher.Search(new RecencyQuery(relevance, now), filter, page * size, RelevanceThenNewest, doDocScores: false, doMaxScore: false);
        if (top.TotalHits == 0)
        {
            return new SearchResults([], 0, fuzzy);
        }

        var analyzer = SearchAnalyzers.For(edition);
        var scorer = new QueryScorer(searcher.Rewrite(relevance));
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, SnippetLength),
        };

        var hits = new List<SearchHit>(size);
        foreach (var scoreDoc in top.ScoreDocs.Skip((page - 1) * size))
        {
            var doc = searcher.Doc(scoreDoc.Doc);
            hits.Add(new SearchHit(
                int.Parse(doc.Get(SearchFields.Id), CultureInfo.InvariantCulture),
                doc.Get(SearchFields.Edition),
                doc.Get(SearchFields.Slug),
                doc.Get(SearchFields.Headline),
                Snippet(highlighter, analyzer, doc),
                new DateTime(doc.GetField(SearchFields.Published).GetInt64Value() ?? 0, DateTimeKind.Utc),
                doc.Get(SearchFields.Section),
                doc.Get(SearchFields.SectionName)));
        }

        return new SearchResults(hits, top.TotalHits, fuzzy);
    }

    /// <summary>The best passage of the body with the matches marked; else the standfirst or the opening, encoded.</summary>
    private static string Snippet(Highlighter highlighter, Lucene.Net.Analysis.Analyzer analyzer, Document doc)
    {
        foreach (var field in new[] { SearchFields.Body, SearchFields.Standfirst, SearchFields.Headline })
        {
            var text = doc.Get(field);
            if (!string.IsNullOrEmpty(text) && highlighter.GetBestFragment(analyzer, field, text) is { Length: > 0 } fragment && fragment.Contains("<mark>", StringComparison.Ordinal))
            {
                return fragment;
            }
        }

        var fallback = doc.Get(SearchFields.Standfirst) is { Length: > 0 } standfirst ? standfirst : doc.Get(SearchFields.Body) ?? "";
        if (fallback.Length > SnippetLength)
        {
            var cut = fallback.LastIndexOf(' ', SnippetLength);
            fallback = string.Concat(fallback.AsSpan(0, cut > 0 ? cut : SnippetLength), "…");
        }

        return WebUtility.HtmlEncode(fallback);
    }

    private static BooleanQuery Filter(SearchQuery query, DateTime now)
    {
        var from = query.Period switch
        {
            SearchPeriod.Day => now.AddDays(-1),
            SearchPeriod.Week => now.AddDays(-7),
            SearchPeriod.Month => now.AddMonths(-1),
            SearchPeriod.Year => now.AddYears(-1),
            _ => DateTime.MinValue,
        };
        var filter = new BooleanQuery
        {
            { new TermQuery(new Term(SearchFields.Edition, query.Edition)), Occur.MUST },
            // Scheduled stories are indexed when saved and appear once their time has come.
            { NumericRangeQuery.NewInt64Range(SearchFields.Published, from.Ticks, now.Ticks, true, true), Occur.MUST },
        };
        if (!string.IsNullOrEmpty(query.Section))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Section, query.Section)), Occur.MUST);
        }

        return filter;
    }
}
