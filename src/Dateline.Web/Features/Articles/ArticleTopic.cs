using Dateline.Web.Features.Topics;

namespace Dateline.Web.Features.Articles;

public sealed class ArticleTopic
{
    public int ArticleId { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
    public int SortOrder { get; set; }
}
