namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>A dated correction or update note on a published story. Every note is kept and shown.</summary>
public sealed class StoryCorrection
{
    public long Id { get; set; }
    public int ArticleId { get; set; }
    public CorrectionKind Kind { get; set; }
    public required string Text { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }
    public required string AuthorId { get; set; }
    public required string AuthorName { get; set; }
}
