using Dateline.Web.Features.Editions;

namespace Dateline.Web.Features.Topics;

/// <summary>A tag of one edition; articles share topics to build "More on this Topic".</summary>
public sealed class Topic
{
    public int Id { get; set; }
    public required string EditionCode { get; set; }
    public Edition? Edition { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
}
