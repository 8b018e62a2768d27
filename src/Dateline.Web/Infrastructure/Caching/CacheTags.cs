namespace Dateline.Web.Infrastructure.Caching;

/// <summary>Output-cache tag names, shared by the pages that set them and the code that evicts them.</summary>
public static class CacheTags
{
    /// <summary>Every public page; evicted when branding or navigation changes.</summary>
    public const string Site = "site";

    public static string Article(int id) => $"article:{id}";

    /// <summary>
    /// The article pages of one story in every edition, which link to each other (language switch, hreflang). An
    /// article that has no translation yet is tagged with its own id, the group id a first translation gives it.
    /// </summary>
    public static string Translations(int translationGroupId) => $"translations:{translationGroupId}";

    /// <summary>Every list page of an edition (home, sections, topics, feeds, "More on this Topic").</summary>
    public static string EditionLists(string editionCode) => $"lists:{editionCode}";

    public static string Home(string editionCode) => $"home:{editionCode}";

    public static string Section(int id) => $"section:{id}";

    public static string Topic(int id) => $"topic:{id}";

    /// <summary>An author's public page (both editions).</summary>
    public static string Author(int id) => $"author:{id}";
}
