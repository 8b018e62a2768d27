namespace Dateline.Web.Features.Media;

/// <summary>A story that shows an asset (as its hero image or in its body, live or in its working copy).</summary>
public sealed record MediaUse(int ArticleId, string EditionCode, string Headline, bool Live);
