namespace Dateline.Web.Features.Feeds;

/// <summary>A byline in a feed: the name in the feed's edition and the author's page.</summary>
public sealed record FeedAuthor(string Name, string Path);
