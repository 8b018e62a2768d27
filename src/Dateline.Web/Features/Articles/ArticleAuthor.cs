using Dateline.Web.Features.Authors;

namespace Dateline.Web.Features.Articles;

public sealed class ArticleAuthor
{
    public int ArticleId { get; set; }
    public int AuthorId { get; set; }
    public Author? Author { get; set; }
    public int SortOrder { get; set; }
}
