using Microsoft.Playwright;

namespace Dateline.BrowserTests.Infrastructure;

/// <summary>
/// What a reader's browser would complain about on a page: console errors, uncaught script errors, requests that
/// failed and responses of 400 or more (a failed fetch is what shows up red in the console and costs Lighthouse points).
/// </summary>
public static class PageProblems
{
    public static IReadOnlyCollection<string> Watch(IPage page)
    {
        var problems = new System.Collections.Concurrent.ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Enqueue("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Enqueue("script: " + error);
        page.RequestFailed += (_, request) => problems.Enqueue($"failed: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Enqueue($"{response.Status}: {response.Url}");
            }
        };
        return problems;
    }
}
