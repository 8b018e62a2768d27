using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

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

    /// <summary>
    /// Spellings tried per word in the fallback: the closest, and among equally close the most common. Each is a posting
    /// list per field that the search walks (a FuzzyQuery per field took up to 50 per field, and built its automaton
    /// and walked the dictionary once per field).
    /// </summary>
    private const int FuzzyExpansions = 8;

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
    public Query Exact() => Build(null);

    /// <summary>
    /// The spelling-tolerant query: each required word of more than three letters may be one edit away (two when it
    /// is longer than six), matching the <see cref="FuzzyExpansions"/> closest spellings in the index; phrases allow
    /// two words of slop.
    /// </summary>
    public Query Fuzzy(IndexReader reader) => Build(reader);

    private BooleanQuery Build(IndexReader? fuzzy)
    {
        var query = new BooleanQuery();
        foreach (var (tokens, excluded) in _parts)
        {
            var perField = new DisjunctionMaxQuery(0.1f);
            var spellings = fuzzy is not null && !excluded && tokens.Count == 1 && tokens[0].Term.Length > 3 ? Spellings(fuzzy, tokens[0].Term) : null;
            foreach (var (field, boost) in SearchFields.Searched)
            {
                Query clause;
                if (spellings is not null)
                {
                    var any = new BooleanQuery();
                    foreach (var (spelling, similarity) in spellings)
                    {
                        any.Add(new TermQuery(new Term(field, spelling)) { Boost = similarity }, Occur.SHOULD);
                    }

                    clause = any;
                }
                else if (tokens.Count == 1)
                {
                    clause = new TermQuery(new Term(field, tokens[0].Term));
                }
                else
                {
                    var phrase = new PhraseQuery { Slop = fuzzy is not null ? 2 : 0 };
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

    /// <summary>
    /// The indexed words within the allowed edits of <paramref name="word"/> in any searched field. One Levenshtein
    /// automaton per word, shared by every field's dictionary walk through the attribute source.
    /// </summary>
    private static List<(string Term, float Similarity)> Spellings(IndexReader reader, string word)
    {
        var edits = word.Length > 6 ? 2 : 1;
        var automata = new AttributeSource();
        var found = new Dictionary<string, (float Similarity, long DocFreq)>(StringComparer.Ordinal);
        foreach (var field in SearchFields.Searched.Keys)
        {
            if (MultiFields.GetTerms(reader, field) is not { } terms)
            {
                continue;
            }

            var spellings = new FuzzyTermsEnum(terms, automata, new Term(field, word), edits, 1, true);
            var boost = spellings.Attributes.AddAttribute<IBoostAttribute>();
            while (spellings.MoveNext())
            {
                var text = spellings.Term.Utf8ToString();
                found[text] = found.TryGetValue(text, out var seen)
                    ? (Math.Max(seen.Similarity, boost.Boost), seen.DocFreq + spellings.DocFreq)
                    : (boost.Boost, spellings.DocFreq);
            }
        }

        return [.. found
            .OrderByDescending(f => f.Value.Similarity)
            .ThenByDescending(f => f.Value.DocFreq)
            .ThenBy(f => f.Key, StringComparer.Ordinal)
            .Take(FuzzyExpansions)
            .Select(f => (f.Key, f.Value.Similarity))];
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
