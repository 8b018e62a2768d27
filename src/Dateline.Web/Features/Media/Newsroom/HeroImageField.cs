using Dateline.Web.Features.Newsroom.Desk;

namespace Dateline.Web.Features.Media.Newsroom;

/// <summary>What the editor's hero image field shows: the form's choice, the chosen asset (if it exists) and whether it is unsaved.</summary>
public sealed record HeroImageField(StoryForm Form, int? StoryId, MediaAsset? Asset, bool Pending, MediaText Words);
