using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dateline.Web.Features.Search;

/// <summary>Searches the published stories of one edition in this node's index.</summary>
public sealed class ArticleSearch(SearchIndex index, TimeProvider clock)
{
    /// <summary>The stored fields a result shows; the body is read for snippets from its term vectors instead.</summary>
    private static readonly HashSet<string> Shown = [SearchFields.Id, SearchFields.Edition, SearchFields.Slug, SearchFields.Headline, SearchFields.Standfirst, SearchFields.Published, SearchFields.Section, SearchFields.SectionName];

    private static readonly ConcurrentDictionary<string, CachingWrapperFilter> EditionFilters = new(StringComparer.Ordinal);

    private static readonly Sort RelevanceThenNewest = new(SortField.FIELD_SCORE, new SortField(SearchFields.PublishedValue, SortFieldType.INT64, true));

    public SearchResults Search(SearchQuery query)
    {
        var reader = new ReaderQuery(query.Text, query.Edition);
        if (!reader.HasTerms)
        {
            return SearchResults.Empty;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var filter = Filter(query, now);
        var page = Math.Clamp(query.Page, 1, SearchQuery.MaxPage);
        var size = Math.Clamp(query.PageSize, 1, 50);
        return index.Read(searcher =>
        {
            var results = Run(searcher, reader.Exact(), filter, query.Edition, now, page, size, fuzzy: false);
            return results.Total > 0 ? results : Run(searcher, reader.Fuzzy(searcher.IndexReader), filter, query.Edition, now, page, size, fuzzy: true);
        });
    }

    private static SearchResults Run(IndexSearcher searcher, Query relevance, Filter filter, string edition, DateTime now, int page, int size, bool fuzzy)
    {
        // Rewritten once for the search and the snippets: a fuzzy query's rewrite walks the term dictionaries.
        var rewritten = searcher.Rewrite(relevance);
        var top = searcher.Search(new RecencyQuery(rewritten, now), filter, page * size, RelevanceThenNewest, doDocScores: false, doMaxScore: false);
        if (top.TotalHits == 0)
        {
            return new SearchResults([], 0, fuzzy);
        }

        var snippets = new SearchSnippets(searcher.IndexReader, rewritten, edition);
        var hits = new List<SearchHit>(size);
        foreach (var scoreDoc in top.ScoreDocs.Skip((page - 1) * size))
        {
            var doc = searcher.Doc(scoreDoc.Doc, Shown);
            hits.Add(new SearchHit(
                int.Parse(doc.Get(SearchFields.Id), CultureInfo.InvariantCulture),
                doc.Get(SearchFields.Edition),
                doc.Get(SearchFields.Slug),
                doc.Get(SearchFields.Headline),
                snippets.For(scoreDoc.Doc, doc),
                new DateTime(doc.GetField(SearchFields.Published).GetInt64Value() ?? 0, DateTimeKind.Utc),
                doc.Get(SearchFields.Section),
                doc.Get(SearchFields.SectionName)));
        }

        return new SearchResults(hits, top.TotalHits, fuzzy);
    }

    private static QueryWrapperFilter Filter(SearchQuery query, DateTime now)
    {
        var filter = new BooleanQuery
        {
            // Half the archive, the same for every search of the edition: kept as a bit set per index segment.
            { new ConstantScoreQuery(EditionFilters.GetOrAdd(query.Edition, EditionFilter)), Occur.MUST },
        };
        if (query.Period == SearchPeriod.Any)
        {
            // Scheduled stories are indexed when saved and appear once their time has come. Excluding the few
            // future ones costs a walk over a handful of terms; requiring the past would walk the whole archive's.
            filter.Add(NumericRangeQuery.NewInt64Range(SearchFields.Published, now.Ticks, null, false, true), Occur.MUST_NOT);
        }
        else
        {
            var from = query.Period switch
            {
                SearchPeriod.Day => now.AddDays(-1),
                SearchPeriod.Week => now.AddDays(-7),
                SearchPeriod.Month => now.AddMonths(-1),
                _ => now.AddYears(-1),
            };
            filter.Add(NumericRangeQuery.NewInt64Range(SearchFields.Published, from.Ticks, now.Ticks, true, true), Occur.MUST);
        }

        if (!string.IsNullOrEmpty(query.Section))
        {
            filter.Add(new TermQuery(new Term(SearchFields.Section, query.Section)), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }

    private static CachingWrapperFilter EditionFilter(string edition) =>
        new(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Edition, edition))));
}
