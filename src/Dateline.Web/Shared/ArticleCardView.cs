using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;

namespace Dateline.Web.Shared;

/// <summary>How one teaser is drawn: the card and the few choices that vary between lists.</summary>
public sealed record ArticleCardView(
    ArticleCard Card,
    EditionStrings Text,
    ReaderClock Clock,
    string Variant = "",
    string Sizes = "(min-width: 1100px) 340px, (min-width: 700px) 45vw, 100vw",
    bool ShowImage = true,
    bool ShowStandfirst = false,
    bool ShowSection = true,
    bool Priority = false);
