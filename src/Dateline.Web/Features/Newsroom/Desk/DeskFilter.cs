using Dateline.Web.Features.Newsroom.Stories;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>What a dashboard list shows; <see cref="After"/> is the last id of the previous page.</summary>
public sealed record DeskFilter(StoryState? State = null, string? Edition = null, int? SectionId = null, string? Query = null, int? After = null, bool MineOnly = false);
