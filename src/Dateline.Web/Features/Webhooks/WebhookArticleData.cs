namespace Dateline.Web.Features.Webhooks;

/// <summary>
/// What changed, kept small: receivers that need the story read it from the content API (<see cref="ContentApiUrl"/>),
/// which always has its current state. <see cref="Url"/> and <see cref="ContentApiUrl"/> are absolute when
/// Dateline:PublicBaseUrl is set, else site-relative.
/// </summary>
public sealed record WebhookArticleData(long EventId, int ArticleId, string Edition, string Headline, string Url, string ContentApiUrl);
