using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Analysis.En;
using Lucene.Net.Util;

namespace Dateline.Web.Features.Search;

/// <summary>
/// The text analysis of each edition's language, used alike to index stories and to read queries. Arabic: Lucene's
/// <see cref="ArabicAnalyzer"/>, which folds alef forms (أ إ آ → ا), alef maqsura to yeh, teh marbuta to heh, drops
/// tashkeel and tatweel, removes stop words and light-stems prefixes (ال و بال كال فال لل) and suffixes (ات ان ون ين ها
/// ية ه ي…); it does not reduce broken plurals. English: <see cref="EnglishAnalyzer"/> (possessives, stop words, Porter
/// stemming). Analyzers are thread-safe and reused.
/// </summary>
public static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static readonly Analyzer Arabic = new ArabicAnalyzer(Version);

    public static readonly Analyzer English = new EnglishAnalyzer(Version);

    public static Analyzer For(string editionCode) => editionCode == "ar" ? Arabic : English;
}
