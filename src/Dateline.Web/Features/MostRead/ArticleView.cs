using Dateline.Web.Features.Articles;

namespace Dateline.Web.Features.MostRead;

/// <summary>
/// How many times readers viewed a story within one hour (UTC), summed over every node. No reader, address or agent is
/// stored: the row is the whole record.
/// </summary>
public sealed class ArticleView
{
    public int ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>Copied from the article, so that an edition's lists read this table alone.</summary>
    public required string EditionCode { get; set; }

    /// <summary>The start of the hour, UTC.</summary>
    public DateTime Hour { get; set; }

    public long Views { get; set; }
}
