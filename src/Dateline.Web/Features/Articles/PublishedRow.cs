using Dateline.Web.Features.Newsroom.Stories;

namespace Dateline.Web.Features.Articles;

/// <summary>
/// What the article page's one read returns: the published snapshot, what lives on the article row, and the hero
/// image's rights and focal point as they are now (an asset's licence or crop can change after the story went live,
/// and a withdrawn download must disappear from the page at once, not at the next publish).
/// </summary>
public sealed record PublishedRow(
    ArticleSnapshot? Snapshot, int? TranslationGroupId, bool HasPinnedRelated, bool ReadersMayDownload, int FocalX, int FocalY);
