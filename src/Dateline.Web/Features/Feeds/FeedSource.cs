namespace Dateline.Web.Features.Feeds;

/// <summary>A feed's channel and the filter that picks its stories; at most one of the ids is set (none: the whole edition).</summary>
public sealed record FeedSource(FeedChannel Channel, int? SectionId, int? TopicId, int? AuthorId, string CacheTag);
