namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>A story offered (or already pinned) as related: its headline and, when live, its publication time.</summary>
public sealed record StorySuggestion(int Id, string Headline, DateTime? PublishedAt, bool IsLive);
