namespace Dateline.Web.Features.Articles.Publishing;

/// <summary>What happened to a story, as readers and the systems downstream of the site see it.</summary>
public enum ArticleEventKind
{
    /// <summary>The story went live (first publication, or republication after being taken down).</summary>
    Published,

    /// <summary>A live story changed (a new published revision).</summary>
    Updated,

    /// <summary>A live story was taken down.</summary>
    Unpublished,

    /// <summary>A correction or update note was added to a live story.</summary>
    Corrected,
}
