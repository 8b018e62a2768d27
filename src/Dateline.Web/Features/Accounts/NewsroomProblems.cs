using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Accounts;

/// <summary>401 and 403 for API requests, as problem+json instead of a redirect to the sign-in page.</summary>
internal static class NewsroomProblems
{
    public static bool IsApiRequest(HttpRequest request) => request.Path.StartsWithSegments("/api");

    public static async Task WriteAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
