namespace Dateline.Web.Features.Feeds;

/// <summary>The two syndication formats every list is offered in, with their file name and media type.</summary>
public sealed record FeedFormat(string FileName, string MediaType, string Label)
{
    public static readonly FeedFormat Rss = new("rss.xml", "application/rss+xml", "RSS");

    public static readonly FeedFormat Atom = new("atom.xml", "application/atom+xml", "Atom");

    public static IReadOnlyList<FeedFormat> All { get; } = [Rss, Atom];
}
