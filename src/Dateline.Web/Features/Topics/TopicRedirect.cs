namespace Dateline.Web.Features.Topics;

/// <summary>
/// A topic address that no longer names a topic (it was merged into another, or renamed): its page 301s to the
/// topic it became, so links and search results keep working.
/// </summary>
public sealed class TopicRedirect
{
    public int Id { get; set; }
    public required string EditionCode { get; set; }
    public required string Slug { get; set; }
    public int TopicId { get; set; }
    public Topic? Topic { get; set; }
}
