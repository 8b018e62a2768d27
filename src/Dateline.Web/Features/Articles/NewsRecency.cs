namespace Dateline.Web.Features.Articles;

/// <summary>
/// How much more a fresh story weighs than an old one when stories are ranked for readers (search results, "More on
/// this Topic"): ×2 for a story published now, ×1.5 a week old, ×1.19 a month, ×1.02 a year. News readers want the
/// latest among equally good matches, but a strong old match must still beat a weak new one.
/// </summary>
public static class NewsRecency
{
    private const double HalfWeightDays = 7;

    public static double Factor(double ageDays) => 1 + (HalfWeightDays / (HalfWeightDays + Math.Max(0, ageDays)));

    public static double Factor(DateTime publishedAt, DateTime now) => Factor((now - publishedAt).TotalDays);
}
