using System.Net;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Lucene.Net.Search.VectorHighlight;

namespace Dateline.Web.Features.Search;

/// <summary>
/// One search's snippets: the best passage of each result's body with the matches in &lt;mark&gt;, cut from the body's
/// term vectors (the offsets of the matching terms) rather than by analysing the whole story again, which cost more
/// than the search itself on news-length stories. A story whose body does not match (the headline did) gets its
/// standfirst or headline highlighted by analysis, which is cheap on a line of text. The text is HTML-encoded and only
/// the marks are markup.
/// </summary>
internal sealed class SearchSnippets(IndexReader reader, Query rewrittenQuery, string edition)
{
    public const int Length = 180;

    private static readonly string[] MarkOpen = ["<mark>"];
    private static readonly string[] MarkClose = ["</mark>"];
    private static readonly HashSet<string> BodyOnly = [SearchFields.Body];
    private static readonly IEncoder Html = new SimpleHTMLEncoder();

    private readonly FastVectorHighlighter _vectors = new(phraseHighlight: true, fieldMatch: true);
    private readonly IFragListBuilder _fragments = new SimpleFragListBuilder();
    private readonly IFragmentsBuilder _passages = new ScoreOrderFragmentsBuilder(MarkOpen, MarkClose);
    private FieldQuery? _bodyQuery;
    private Highlighter? _lines;

    public string For(int docId, Document doc)
    {
        _bodyQuery ??= _vectors.GetFieldQuery(rewrittenQuery, reader);
        if (_vectors.GetBestFragment(_bodyQuery, reader, docId, SearchFields.Body, Length, _fragments, _passages, MarkOpen, MarkClose, Html) is { Length: > 0 } passage)
        {
            return passage;
        }

        foreach (var field in new[] { SearchFields.Standfirst, SearchFields.Headline })
        {
            var text = doc.Get(field);
            if (!string.IsNullOrEmpty(text) && Lines().GetBestFragment(SearchAnalyzers.For(edition), field, text) is { Length: > 0 } fragment && fragment.Contains("<mark>", StringComparison.Ordinal))
            {
                return fragment;
            }
        }

        var fallback = doc.Get(SearchFields.Standfirst) is { Length: > 0 } standfirst
            ? standfirst
            : reader.Document(docId, BodyOnly).Get(SearchFields.Body) ?? "";
        if (fallback.Length > Length)
        {
            var cut = fallback.LastIndexOf(' ', Length);
            fallback = string.Concat(fallback.AsSpan(0, cut > 0 ? cut : Length), "…");
        }

        return WebUtility.HtmlEncode(fallback);
    }

    private Highlighter Lines()
    {
        if (_lines is null)
        {
            var scorer = new QueryScorer(rewrittenQuery);
            _lines = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), Html, scorer)
            {
                TextFragmenter = new SimpleSpanFragmenter(scorer, Length),
            };
        }

        return _lines;
    }
}
