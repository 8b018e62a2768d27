using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Web.Infrastructure.Telemetry;

/// <summary>Counts Razor Pages rendered (a handler that ended in the page, not a redirect or an error), by page.</summary>
internal sealed class PageRenderMetrics : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null && executed.Result is PageResult && DatelineTelemetry.PagesRendered.Enabled)
        {
            DatelineTelemetry.PagesRendered.Add(1, new KeyValuePair<string, object?>("page", context.ActionDescriptor.ViewEnginePath));
        }
    }
}
