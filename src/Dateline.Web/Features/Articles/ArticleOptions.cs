using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Articles;

/// <summary>Settings of the public article pages, bound from the <c>Articles</c> configuration section.</summary>
public sealed class ArticleOptions
{
    public const string SectionName = "Articles";

    /// <summary>
    /// How long a published version's "More on this Topic" ranking is reused before it is computed again, so that
    /// stories published since then can join it. The cards are read live on every render, so a story unpublished in the
    /// meantime drops out at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MoreOnTopicLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
