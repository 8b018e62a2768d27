namespace Dateline.Web.Features.Articles;

/// <summary>
/// Text similarity between published stories, for "More on this Topic". The search feature provides it from its index;
/// Articles only asks, so the page does not depend on how similarity is computed.
/// </summary>
public interface ISimilarStories
{
    /// <summary>
    /// Live stories of the article's edition most like it in wording, best first, never the article itself; null when
    /// the article is not (yet) known to the similarity source, which is not the same as "nothing is similar".
    /// </summary>
    IReadOnlyList<SimilarStory>? Find(string edition, int articleId, int count);
}
