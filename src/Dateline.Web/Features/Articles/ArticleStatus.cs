namespace Dateline.Web.Features.Articles;

public enum ArticleStatus
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
    Unpublished = 3,
}
