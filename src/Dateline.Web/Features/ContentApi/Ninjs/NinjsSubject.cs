namespace Dateline.Web.Features.ContentApi.Ninjs;

/// <summary>A concept the item is about (a topic or the section), identified by the page that lists it.</summary>
public sealed record NinjsSubject(string Name, string Rel, string Uri, string Literal);
