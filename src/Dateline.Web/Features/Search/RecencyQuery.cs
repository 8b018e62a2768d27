using Dateline.Web.Features.Articles;
using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;

namespace Dateline.Web.Features.Search;

/// <summary>
/// Multiplies relevance by <see cref="NewsRecency"/>, so that among similarly relevant stories readers see the latest first.
/// </summary>
internal sealed class RecencyQuery(Query relevance, DateTime now) : CustomScoreQuery(relevance)
{
    protected override CustomScoreProvider GetCustomScoreProvider(AtomicReaderContext context) => new Provider(context, now.Ticks);

    public override string ToString(string field) => $"recency({base.ToString(field)})";

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
