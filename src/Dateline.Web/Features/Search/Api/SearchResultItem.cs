namespace Dateline.Web.Features.Search.Api;

/// <summary>One story found.</summary>
/// <param name="Url">Site-relative address of the story.</param>
/// <param name="Snippet">HTML: a passage of the story with its text encoded and the matches in &lt;mark&gt; elements.</param>
/// <param name="PublishedAt">UTC.</param>
public sealed record SearchResultItem(int Id, string Headline, string Url, string Snippet, DateTime PublishedAt, string Section);
