using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Web.Features.Newsroom;

/// <summary>403, 404 and other status pages under /newsroom, in the newsroom's shell and the user's language.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusPageModel : NewsroomPageModel
{
    public int Code { get; private set; }

    public string Message { get; private set; } = "";

    public IActionResult OnGet(int code) => Render(code);

    public IActionResult OnPost(int code) => Render(code);

    private PageResult Render(int code)
    {
        Code = code is >= 400 and <= 599 ? code : 500;
        (Title, Message) = Code switch
        {
            StatusCodes.Status403Forbidden => (Text.AccessDeniedTitle, Text.AccessDeniedMessage),
            StatusCodes.Status404NotFound => (Text.NotFoundTitle, Text.NotFoundMessage),
            StatusCodes.Status429TooManyRequests => (Text.TooManyAttemptsTitle, Text.TooManyAttemptsMessage),
            _ => (Text.ErrorTitle, Text.ErrorMessage),
        };
        Response.StatusCode = Code;
        return Page();
    }
}
