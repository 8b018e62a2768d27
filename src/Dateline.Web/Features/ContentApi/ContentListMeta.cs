namespace Dateline.Web.Features.ContentApi;

public sealed record ContentListMeta(ContentPagination Pagination);
