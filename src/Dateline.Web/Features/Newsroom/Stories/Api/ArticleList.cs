namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>One page of <c>GET /api/v1/newsroom/articles</c>; <see cref="Next"/> is the <c>after</c> of the next page.</summary>
public sealed record ArticleList(IReadOnlyList<ArticleCreated> Items, int? Next);
