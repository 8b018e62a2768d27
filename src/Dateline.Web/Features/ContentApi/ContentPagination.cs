namespace Dateline.Web.Features.ContentApi;

/// <summary>Keyset paging: pass <see cref="Next"/> back as <c>after</c>, or follow <see cref="NextUrl"/>; null on the last page.</summary>
public sealed record ContentPagination(int Limit, string? Next, string? NextUrl);
