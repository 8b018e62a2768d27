namespace Dateline.Web.Features.Articles;

/// <summary>A story like another one: its raw similarity score (comparable only within one answer) and publication time.</summary>
public readonly record struct SimilarStory(int ArticleId, float Score, DateTime PublishedAt);
