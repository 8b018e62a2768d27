namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>A topic offered by the editor's autocomplete; <see cref="Stories"/> is how many published stories carry it.</summary>
public sealed record TopicSuggestion(int Id, string Name, string Slug, int Stories);
