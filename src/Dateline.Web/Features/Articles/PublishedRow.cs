using Dateline.Web.Features.Newsroom.Stories;

namespace Dateline.Web.Features.Articles;

/// <summary>What the article page's one read returns: the published snapshot and what lives on the article row.</summary>
public sealed record PublishedRow(ArticleSnapshot? Snapshot, int? TranslationGroupId, bool HasPinnedRelated);
