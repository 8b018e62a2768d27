using System.Globalization;
using Dateline.Web.Features.Articles;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace Dateline.Web.Features.Search;

/// <summary>
/// "More on this Topic"'s text similarity, with Lucene's MoreLikeThis over this node's index: the article's most
/// distinctive terms (frequent in it, rare in the archive) in its headline, standfirst and body, analysed in its
/// edition's language, become a query over the same fields of the edition's live stories.
/// </summary>
public sealed class SimilarArticles(SearchIndex index, TimeProvider clock) : ISimilarStories
{
    /// <summary>Distinctive terms taken from the article: enough to describe a story, few enough to stay fast.</summary>
    private const int MaxQueryTerms = 25;

    public IReadOnlyList<SimilarStory>? Find(string edition, int articleId, int count)
    {
        if (!index.IsBuilt)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        return index.Read<IReadOnlyList<SimilarStory>?>(searcher =>
        {
            var self = searcher.Search(new TermQuery(SearchFields.IdTerm(articleId)), 1);
            if (self.TotalHits == 0)
            {
                return null;
            }

            var reader = searcher.IndexReader;
            var mlt = new MoreLikeThis(reader)
            {
                Analyzer = SearchAnalyzers.For(edition),
                FieldNames = SearchFields.Similarity,
                MinTermFreq = 1,
                // A term no other story has cannot find one; terms common to many stories weigh little by their IDF.
                MinDocFreq = 2,
                MinWordLen = 2,
                MaxQueryTerms = MaxQueryTerms,
            };
            var like = mlt.Like(self.ScoreDocs[0].Doc);
            var query = new BooleanQuery
            {
                { like, Occur.MUST },
                { new TermQuery(new Term(SearchFields.Edition, edition)), Occur.MUST },
                { NumericRangeQuery.NewInt64Range(SearchFields.Published, null, now.Ticks, true, true), Occur.MUST },
                { new TermQuery(SearchFields.IdTerm(articleId)), Occur.MUST_NOT },
            };
            var top = searcher.Search(query, count);
            var stories = new List<SimilarStory>(top.ScoreDocs.Length);
            foreach (var hit in top.ScoreDocs)
            {
                var doc = searcher.Doc(hit.Doc);
                stories.Add(new SimilarStory(
                    int.Parse(doc.Get(SearchFields.Id), CultureInfo.InvariantCulture),
                    hit.Score,
                    new DateTime(doc.GetField(SearchFields.Published).GetInt64Value() ?? 0, DateTimeKind.Utc)));
            }

            return stories;
        });
    }
}
