using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Operations.Overload;

/// <summary>
/// The overload limiter, bound from the <c>Overload</c> section: how many uncached requests (page renders, APIs) a node
/// works on at once and how many may wait. Past that, a request gets 503 with <c>Retry-After</c> at once instead of
/// joining a queue that only grows. Pages served from the output cache, static assets and health checks never count.
/// </summary>
public sealed class OverloadOptions
{
    public const string SectionName = "Overload";

    /// <summary>Limit uncached requests at all. Off only to measure the node without it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Uncached requests worked on at once. A render is mostly CPU with short database reads, so a few per core keeps
    /// the cores busy; more only lengthens every request's time.
    /// </summary>
    [Range(1, 10_000)]
    public int PermitLimit { get; set; } = 16;

    /// <summary>Requests that may wait for a permit; keep it short, as each one waits for the ones ahead of it.</summary>
    [Range(0, 10_000)]
    public int QueueLimit { get; set; } = 16;

    /// <summary>
    /// Shed readers' uncached requests while work has waited longer than this in the thread pool's queue (for the whole
    /// <see cref="QueueDelayWindowMilliseconds"/>): with the CPU saturated, requests wait there before the concurrency
    /// limit can count them. 0 turns queue-delay shedding off and leaves only the concurrency limit.
    /// </summary>
    [Range(0, 60_000)]
    public int QueueDelayTargetMilliseconds { get; set; } = 20;

    /// <summary>How long the queue delay must stay above the target before shedding starts (a GC pause sheds nothing).</summary>
    [Range(1, 60_000)]
    public int QueueDelayWindowMilliseconds { get; set; } = 50;

    /// <summary>The <c>Retry-After</c> sent with a 503, in whole seconds.</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>
    /// Path prefixes of the newsroom, limited apart from readers so a spike of readers never takes the permits the
    /// editors need to publish the story that caused it. Each prefix gets the same limits.
    /// </summary>
    public string[] NewsroomPrefixes { get; set; } = [];

    /// <summary>The newsroom prefixes used when configuration lists none (the binder appends to an array, so the default is not written above).</summary>
    public static readonly IReadOnlyList<string> DefaultNewsroomPrefixes = ["/newsroom", "/api/v1/newsroom"];

    public IReadOnlyList<string> EffectiveNewsroomPrefixes => NewsroomPrefixes.Length > 0 ? NewsroomPrefixes : DefaultNewsroomPrefixes;
}
