using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

/// <summary>
/// With <see cref="NewsroomOptions.RequireTwoFactorForAdmins"/> on, an Admin signed in by cookie without two-factor
/// sign-in reaches only the enrolment page (and sign-out, the status pages): every other newsroom page or form post
/// is sent there, and the newsroom API answers 403. API tokens are not gated: they are created and revoked
/// separately and carry no second factor of their own.
/// </summary>
internal sealed class AdminTwoFactorGate(RequestDelegate next, IOptionsMonitor<NewsroomOptions> options)
{
    public const string EnrolPath = "/newsroom/two-factor";

    private static readonly string[] Open = [EnrolPath, "/newsroom/sign-out", AccountsModule.SignInPath, "/newsroom/status"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!options.CurrentValue.RequireTwoFactorForAdmins
            || !NewsroomResponseHeaders.IsNewsroomPath(request.Path.Value)
            || request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !context.User.IsInRole(NewsroomRoles.Admin)
            || context.User.HasClaim(c => c.Type == NewsroomClaims.TwoFactor)
            || Open.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return next(context);
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
}
