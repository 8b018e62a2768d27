using System.Text;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Dateline.Web.Features.Newsroom.Desk;

/// <summary>
/// Word-level differences between two texts, by DiffPlex (Myers' algorithm). The word chunker keeps spaces and
/// punctuation as pieces of their own, so the runs of each side put back together give that side's text exactly.
/// </summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffRun> Words(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var runs = new List<DiffRun>();
        var old = result.PiecesOld;
        var next = result.PiecesNew;
        var position = 0;
        foreach (var block in result.DiffBlocks)
        {
            Append(runs, DiffRunKind.Same, old, position, block.DeleteStartA - position);
            Append(runs, DiffRunKind.Removed, old, block.DeleteStartA, block.DeleteCountA);
            Append(runs, DiffRunKind.Added, next, block.InsertStartB, block.InsertCountB);
            position = block.DeleteStartA + block.DeleteCountA;
        }

        Append(runs, DiffRunKind.Same, old, position, old.Count - position);
        return runs;
    }

    private static void Append(List<DiffRun> runs, DiffRunKind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var text = new StringBuilder();
        for (var i = start; i < start + count; i++)
        {
            text.Append(pieces[i]);
        }

        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new DiffRun(kind, text.ToString()));
        }
    }
}
