using Microsoft.AspNetCore.Mvc.Filters;

namespace Dateline.IntegrationTests.Operations;

/// <summary>
/// A page filter that keeps any render carrying the <see cref="Header"/> inside the endpoint (so holding its
/// permit from the overload limiter) until the test releases it.
/// </summary>
public sealed class HeldRenders : IAsyncPageFilter
{
    public const string Header = "X-Test-Hold";

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HttpContext.Request.Headers.ContainsKey(Header))
        {
            _entered.TrySetResult();
            await _release.Task;
        }

        await next();
    }

    /// <summary>Waits until the first held render has reached the page.</summary>
    public Task WaitForHeldAsync() => _entered.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public void Release() => _release.TrySetResult();
}
