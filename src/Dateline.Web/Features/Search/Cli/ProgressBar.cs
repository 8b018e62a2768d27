using System.Diagnostics;
using System.Globalization;

namespace Dateline.Web.Features.Search.Cli;

/// <summary>A one-line progress bar with the rate so far, redrawn at most ten times a second.</summary>
internal sealed class ProgressBar(string label, int total)
{
    private const int Width = 30;
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _drawn;

    public void Report(int done)
    {
        var now = Stopwatch.GetTimestamp();
        if (done < total && Stopwatch.GetElapsedTime(_drawn, now) < TimeSpan.FromMilliseconds(100))
        {
            return;
        }

        _drawn = now;
        var fraction = total == 0 ? 1 : Math.Clamp(done / (double)total, 0, 1);
        var filled = (int)(fraction * Width);
        var seconds = Math.Max(Stopwatch.GetElapsedTime(_started, now).TotalSeconds, 0.001);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"\r{label} [{new string('#', filled)}{new string('-', Width - filled)}] {done:N0}/{total:N0} {fraction:P0} {done / seconds:N0}/s ");
        Console.Out.Write(line);
    }

    public void Finish()
    {
        Report(total);
        Console.Out.WriteLine();
    }
}
