using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Dateline.Web.Features.Search;

/// <summary>
/// Turns what a reader typed into a Lucene query without Lucene's query syntax, so no input can fail to parse: words
/// (all required), "phrases" (an unclosed quote runs to the end), and -word or -"phrase" to exclude. Every other
/// character is text for the analyzer, which drops punctuation. Each word or phrase may match any searched field, and
/// counts by its best field.
/// </summary>
public sealed class ReaderQuery
{
    private const int MaxParts = 24;

    private readonly List<(IReadOnlyList<(string Term, int Position)> Tokens, bool Excluded)> _parts = [];
    private readonly Analyzer _analyzer;

    public ReaderQuery(string text, string editionCode)
    {
        _analyzer = SearchAnalyzers.For(editionCode);
        if (text.Length > SearchQuery.MaxLength)
        {
            text = text[..SearchQuery.MaxLength];
        }

        var i = 0;
        while (i < text.Length && _parts.Count < MaxParts)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var excluded = text[i] == '-';
            if (excluded)
            {
                i++;
            }

            string part;
            if (i < text.Length && text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                part = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
            }
            else
            {
                var end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"')
                {
                    end++;
                }

                part = text[i..end];
                i = end;
            }

            var tokens = Analyze(part);
            if (tokens.Count > 0)
            {
                _parts.Add((tokens, excluded));
            }
        }
    }

    /// <summary>False when nothing searchable is left (empty, only punctuation, only stop words, only exclusions).</summary>
    public bool HasTerms => _parts.Any(p => !p.Excluded);

    /// <summary>The exact query: every word and phrase required, exclusions prohibited.</summary>
    public Query Exact() => Build(fuzzy: false);

    /// <summary>The spelling-tolerant query: each required word may be one or two edits away.</summary>
    public Query Fuzzy() => Build(fuzzy: true);

    private BooleanQuery Build(bool fuzzy)
    {
        var query = new BooleanQuery();
        foreach (var (tokens, excluded) in _parts)
        {
            var perField = new DisjunctionMaxQuery(0.1f);
            foreach (var (field, boost) in SearchFields.Searched)
            {
                Query clause;
                if (tokens.Count == 1)
                {
                    var term = new Term(field, tokens[0].Term);
                    clause = fuzzy && !excluded && tokens[0].Term.Length > 3
                        ? new FuzzyQuery(term, tokens[0].Term.Length > 6 ? 2 : 1, prefixLength: 1)
                        : new TermQuery(term);
                }
                else
                {
                    var phrase = new PhraseQuery { Slop = fuzzy ? 2 : 0 };
                    foreach (var (term, position) in tokens)
                    {
                        phrase.Add(new Term(field, term), position);
                    }

                    clause = phrase;
                }

                clause.Boost = boost;
                perField.Add(clause);
            }

            query.Add(perField, excluded ? Occur.MUST_NOT : Occur.MUST);
        }

        return query;
    }

    private List<(string Term, int Position)> Analyze(string text)
    {
        var tokens = new List<(string, int)>();
        using var stream = _analyzer.GetTokenStream(SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add((term.ToString(), Math.Max(position, 0)));
        }

        stream.End();
        return tokens;
    }
}
