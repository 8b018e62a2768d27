using Dateline.Web.Features.Articles.Publishing;

namespace Dateline.Web.Features.Webhooks;

/// <summary>The event types an endpoint can subscribe to, one per <see cref="ArticleEventKind"/>.</summary>
public static class WebhookEventTypes
{
    public const string Published = "article.published";
    public const string Updated = "article.updated";
    public const string Unpublished = "article.unpublished";
    public const string Corrected = "article.corrected";

    public static IReadOnlyList<string> All { get; } = [Published, Updated, Unpublished, Corrected];

    public static string Of(ArticleEventKind kind) => kind switch
    {
        ArticleEventKind.Published => Published,
        ArticleEventKind.Updated => Updated,
        ArticleEventKind.Unpublished => Unpublished,
        ArticleEventKind.Corrected => Corrected,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
