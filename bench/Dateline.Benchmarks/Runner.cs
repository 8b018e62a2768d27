using BenchmarkDotNet.Running;

namespace Dateline.Benchmarks;

/// <summary>Entry point; not named Program, which is the web app's and what the benchmarks host.</summary>
public static class Runner
{
    /// <summary>Fails when a benchmark did (its setup threw, say), so bench/data.sh does not print an empty table as a result.</summary>
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Runner).Assembly).Run(args);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
