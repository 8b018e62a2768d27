namespace Dateline.Web.Features.Articles;

/// <summary>A live story sharing <see cref="SharedTopics"/> of an article's topics.</summary>
public readonly record struct TopicOverlap(int ArticleId, int SharedTopics, DateTime PublishedAt);
