namespace Dateline.Web.Features.Feeds;

/// <summary>
/// A list's feeds live under the list's own address: <c>/en/rss.xml</c>, <c>/en/section/world/atom.xml</c>, so a reader
/// who knows a page can guess its feed.
/// </summary>
public static class FeedPaths
{
    public static string For(string listPath, FeedFormat format) => $"{listPath}/{format.FileName}";
}
