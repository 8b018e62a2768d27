namespace Dateline.Web.Features.Authors.Public;

/// <summary>The author page's own words, per edition language.</summary>
public sealed record AuthorPageText(string Kicker, string Stories)
{
    public static readonly AuthorPageText English = new("Author", "Stories");

    public static readonly AuthorPageText Arabic = new("كاتب", "الأخبار");

    public static AuthorPageText For(string editionCode) => editionCode == "ar" ? Arabic : English;
}
