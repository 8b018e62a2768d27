namespace Dateline.Web.Features.MostRead;

/// <summary>One story in a "Most read" list.</summary>
public sealed record MostReadItem(int Id, string Headline, string Path, long Views);
