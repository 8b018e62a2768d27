namespace Dateline.Web.Features.MostRead;

/// <summary>The lists' words in each edition's language.</summary>
public sealed record MostReadStrings(string Title, string Day, string Week)
{
    public static readonly MostReadStrings English = new("Most Read", "Last 24 hours", "Last 7 days");

    public static readonly MostReadStrings Arabic = new("الأكثر قراءة", "آخر 24 ساعة", "آخر 7 أيام");

    public static MostReadStrings For(bool arabic) => arabic ? Arabic : English;
}
