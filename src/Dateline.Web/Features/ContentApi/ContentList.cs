namespace Dateline.Web.Features.ContentApi;

/// <summary>Every list the content API returns: the items, then how to get the next page.</summary>
public sealed record ContentList<T>(IReadOnlyList<T> Data, ContentListMeta Meta);
