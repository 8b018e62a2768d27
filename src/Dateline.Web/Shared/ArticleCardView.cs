using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;

namespace Dateline.Web.Shared;

/// <summary>
/// How one teaser is drawn: the card and the few choices that vary between lists. HeadingLevel keeps the outline
/// unbroken: 3 under a block's h2, 2 on list pages whose only heading above the cards is the h1. The default
/// Sizes follows site.css: below 700px a grid card is a row whose picture takes 38% of the width.
/// </summary>
public sealed record ArticleCardView(
    ArticleCard Card,
    EditionStrings Text,
    ReaderClock Clock,
    string Variant = "",
    string Sizes = "(min-width: 1100px) 340px, (min-width: 700px) 45vw, 38vw",
    bool ShowImage = true,
    bool ShowStandfirst = false,
    bool ShowSection = true,
    bool Priority = false,
    int HeadingLevel = 3);
