using Dateline.Web.Features.Newsroom.Stories;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>One story in a dashboard list.</summary>
public sealed record DeskStoryRow(
    int Id, string EditionCode, string Headline, StoryState State, DateTime UpdatedAt, string UpdatedByName, DateTime? PublishAt, string? PublicPath);
