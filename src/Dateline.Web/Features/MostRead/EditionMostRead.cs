namespace Dateline.Web.Features.MostRead;

/// <summary>An edition's two lists: the last 24 hours and the last 7 days.</summary>
public sealed record EditionMostRead(IReadOnlyList<MostReadItem> Day, IReadOnlyList<MostReadItem> Week)
{
    public static readonly EditionMostRead Empty = new([], []);

    public bool IsEmpty => Day.Count == 0 && Week.Count == 0;

    public EditionMostRead Without(int articleId) =>
        new([.. Day.Where(i => i.Id != articleId)], [.. Week.Where(i => i.Id != articleId)]);
}
