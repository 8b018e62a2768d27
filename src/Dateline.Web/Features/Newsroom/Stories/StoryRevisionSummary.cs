namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>One line of a story's revision list.</summary>
public sealed record StoryRevisionSummary(int Number, string AuthorId, string AuthorName, DateTime CreatedAt, string? Note, int? RestoredFrom);
