using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

/// <summary>
/// With <see cref="NewsroomOptions.RequireTwoFactorForAdmins"/> on, an Admin signed in by cookie without two-factor
/// sign-in reaches only the enrolment page (and sign-out, the status pages): every other newsroom page or form post
/// is sent there, and the newsroom API answers 403. An Admin's API token works only while its owner has two-factor
/// sign-in on (the claim is read from the user row on every token request): a token carries no second factor of its
/// own, so it must not outlive the requirement it would otherwise bypass.
/// </summary>
internal sealed class AdminTwoFactorGate(RequestDelegate next, IOptionsMonitor<NewsroomOptions> options)
{
    public const string EnrolPath = "/newsroom/two-factor";

    /// <summary>Why an Admin's token is refused, or not created, while the Admin has no second factor.</summary>
    public const string TokenRefused =
        "Admins must set up two-factor sign-in (Newsroom:RequireTwoFactorForAdmins) before their API tokens work: sign in at " + EnrolPath + " and enrol an authenticator app.";

    private static readonly string[] Open = [EnrolPath, "/newsroom/sign-out", AccountsModule.SignInPath, "/newsroom/status"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!options.CurrentValue.RequireTwoFactorForAdmins
            || !NewsroomResponseHeaders.IsNewsroomPath(request.Path.Value)
            || !context.User.IsInRole(NewsroomRoles.Admin)
            || context.User.HasClaim(c => c.Type == NewsroomClaims.TwoFactor)
            || Open.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
        }

        if (IsBearer(request))
        {
            return NewsroomProblems.WriteAsync(context, StatusCodes.Status403Forbidden, TokenRefused);
        }

        if (NewsroomProblems.IsApiRequest(request))
        {
            return NewsroomProblems.WriteAsync(context, StatusCodes.Status403Forbidden, $"Admins must set up two-factor sign-in first, at {EnrolPath}.");
        }

        context.Response.StatusCode = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            ? StatusCodes.Status302Found
            : StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = EnrolPath;
        return Task.CompletedTask;
    }

    private static bool IsBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
