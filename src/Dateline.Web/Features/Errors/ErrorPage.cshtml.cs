using Dateline.Web.Features.Editions;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Errors;

/// <summary>Status pages in the site's look, in the edition of the address that failed.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Duration = 0)]
public sealed class ErrorPageModel(EditionCatalog editions, IConfiguration configuration, ILogger<ErrorPageModel> logger) : PublicPageModel
{
    public int Code { get; private set; }

    public string Heading { get; private set; } = "";

    public string Message { get; private set; } = "";

    public Task<IActionResult> OnGetAsync(int code, CancellationToken cancellationToken) => RenderAsync(code, cancellationToken);

    public Task<IActionResult> OnPostAsync(int code, CancellationToken cancellationToken) => RenderAsync(code, cancellationToken);

    private async Task<IActionResult> RenderAsync(int code, CancellationToken cancellationToken)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? Request.Path.Value
            ?? "";
        var prefix = original.Length >= 3 && original[0] == '/' ? original.Substring(1, 2) : "en";
        Edition = await EditionForAsync(prefix is "ar" ? "ar" : "en", cancellationToken);

        Code = code is >= 400 and <= 599 ? code : 500;
        var notFound = Code == StatusCodes.Status404NotFound;
        Heading = notFound ? Edition.Text.NotFoundTitle : Code < 500 ? Edition.Text.BadRequestTitle : Edition.Text.ErrorTitle;
        Message = notFound ? Edition.Text.NotFoundMessage : Code < 500 ? Edition.Text.BadRequestMessage : Edition.Text.ErrorMessage;
        Title = Heading;
        Response.StatusCode = Code;
        return Page();
    }

    // The error page must render even when the failure is the database itself.
    private async Task<EditionView> EditionForAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            if (await editions.FindAsync(code, cancellationToken) is { } edition)
            {
                return edition;
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Editions could not be loaded for the error page; showing built-in branding");
        }

        var arabic = code == "ar";
        return new EditionView(
            code,
            arabic ? "العربية" : "English",
            arabic ? "ar-AE" : "en-AE",
            arabic ? TextDirection.Rtl : TextDirection.Ltr,
            configuration[$"Editions:{code}:SiteName"] ?? "Dateline",
            null,
            EditionStrings.For(code),
            []);
    }
}
