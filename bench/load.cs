// Open-loop load at a constant rate (requests are started on schedule whether or not earlier ones have answered, as
// readers arrive), so an overloaded server shows its latency instead of slowing the client down as wrk does.
// Usage: dotnet run bench/load.cs -- URL[,URL...] RATE SECONDS
// Several URLs are nodes behind a retrying balancer: requests take turns, and one that cannot reach its node (refused,
// reset) is retried once on each other node, as a proxy does for an idempotent GET.
// Prints one line: counts by status, retries, 503s lacking Retry-After, and the 200s' latency percentiles.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

var urls = args[0].Split(',').Select(u => new Uri(u)).ToArray();
var rate = double.Parse(args[1], CultureInfo.InvariantCulture);
var seconds = double.Parse(args[2], CultureInfo.InvariantCulture);
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 2048, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
{
    Timeout = TimeSpan.FromSeconds(30),
};
var statuses = new ConcurrentDictionary<string, int>();
var ok = new ConcurrentBag<double>();
var missingRetryAfter = 0;
var retried = 0;
var inFlight = new List<Task>();
var clock = Stopwatch.StartNew();
var total = (long)(rate * seconds);
for (long i = 0; i < total; i++)
{
    var due = TimeSpan.FromSeconds(i / rate);
    var wait = due - clock.Elapsed;
    if (wait > TimeSpan.FromMilliseconds(1))
    {
        await Task.Delay(wait);
    }

    var first = (int)(i % urls.Length);
    inFlight.Add(Task.Run(async () =>
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await SendAsync(first);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            statuses.AddOrUpdate(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
            if ((int)response.StatusCode == 200)
            {
                ok.Add(elapsed);
            }
            else if ((int)response.StatusCode == 503 && response.Headers.RetryAfter is null)
            {
                Interlocked.Increment(ref missingRetryAfter);
            }
        }
        catch (Exception ex)
        {
            statuses.AddOrUpdate(ex.GetType().Name, 1, (_, n) => n + 1);
        }
    }));
}

await Task.WhenAll(inFlight);

async Task<HttpResponseMessage> SendAsync(int node)
{
    for (var attempt = 0; ; attempt++)
    {
        try
        {
            return await client.GetAsync(urls[(node + attempt) % urls.Length], HttpCompletionOption.ResponseContentRead);
        }
        catch (HttpRequestException) when (attempt + 1 < urls.Length)
        {
            Interlocked.Increment(ref retried);
        }
    }
}

var sorted = ok.OrderBy(x => x).ToArray();
double P(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"rate {rate}/s for {seconds}s: sent {total} in {clock.Elapsed.TotalSeconds:0.0}s; {string.Join(" ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))}; " +
    $"retried on another node={retried}; 503 without Retry-After={missingRetryAfter}; 200 latency ms p50={P(0.50):0} p90={P(0.90):0} p99={P(0.99):0} max={(sorted.Length > 0 ? sorted[^1] : double.NaN):0}"));
