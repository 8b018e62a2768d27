// Search latency and the article page's first render, against a running Dateline.
// Usage: dotnet run bench/search-bench.cs -- BASE_URL QUERIES_FILE ROUNDS ARTICLES
// 1. Sends every query of QUERIES_FILE (edition<TAB>query per line) to /api/v1/search once to warm up, then ROUNDS
//    more times, one at a time, and prints p50/p95/p99/max of the measured ones and the slowest query.
// 2. Takes up to ARTICLES distinct article addresses from the results and loads each once (the page's first render
//    on this node: its "More on this Topic" ranking, MoreLikeThis included, is computed then), then once more (the
//    ranking reused), with the output cache off on the server for a meaningful figure; prints both distributions.
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

var baseUrl = new Uri(args[0]);
var queries = File.ReadAllLines(args[1])
    .Where(l => l.Length > 0 && !l.StartsWith('#'))
    .Select(l => l.Split('\t', 2))
    .Select(p => (Edition: p[0], Text: p[1]))
    .ToList();
var rounds = int.Parse(args[2], CultureInfo.InvariantCulture);
var maxArticles = int.Parse(args[3], CultureInfo.InvariantCulture);
using var client = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };

var timings = new List<(double Ms, string Query)>();
var articles = new HashSet<string>();
long hits = 0;
for (var round = 0; round <= rounds; round++)
{
    foreach (var (edition, text) in queries)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync($"/api/v1/search?edition={edition}&q={Uri.EscapeDataString(text)}");
        var body = await response.Content.ReadAsStringAsync();
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"search-bench: '{text}' answered {(int)response.StatusCode}: {body}");
            return 1;
        }

        using var json = JsonDocument.Parse(body);
        if (round == 0)
        {
            hits += json.RootElement.GetProperty("total").GetInt64();
            foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
            {
                if (articles.Count < maxArticles)
                {
                    articles.Add(result.GetProperty("url").GetString()!);
                }
            }

            continue;
        }

        timings.Add((ms, $"{edition}: {text}"));
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"search-bench: {queries.Count} queries × {rounds} rounds, {hits:N0} matches in all per round; latency ms {Percentiles(timings.Select(t => t.Ms))}; slowest: {timings.MaxBy(t => t.Ms).Query}"));

var first = new List<double>();
var again = new List<double>();
foreach (var pass in new[] { first, again })
{
    foreach (var url in articles)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"search-bench: {url} answered {(int)response.StatusCode}");
            return 1;
        }

        pass.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"search-bench: {articles.Count} article pages, first render ms {Percentiles(first)}; second render (ranking reused) ms {Percentiles(again)}"));
return 0;

static string Percentiles(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    if (sorted.Length == 0)
    {
        return "n/a";
    }

    double At(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    return string.Create(CultureInfo.InvariantCulture, $"p50={At(0.50):F1} p95={At(0.95):F1} p99={At(0.99):F1} max={sorted[^1]:F1} (n={sorted.Length})");
}
