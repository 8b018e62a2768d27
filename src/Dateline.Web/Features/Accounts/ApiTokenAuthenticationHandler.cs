using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Accounts;

/// <summary>
/// <c>Authorization: Bearer dl_…</c>: the token's user, with their roles, as for the cookie. An unknown or revoked token,
/// or a disabled or locked-out user, fails authentication, so the newsroom's policies answer 401.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokens tokens,
    UserManager<NewsroomUser> users,
    IUserClaimsPrincipalFactory<NewsroomUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked API token.");
        }

        if (token.User.IsDisabled || await users.IsLockedOutAsync(token.User))
        {
            return AuthenticateResult.Fail("The token's user may not sign in.");
        }

        await tokens.NoteUseAsync(token, Context.RequestAborted);
        var principal = await principals.CreateAsync(token.User);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim("dateline:token", token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, Scheme.Name)), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return NewsroomProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, "A valid API token is required.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        NewsroomProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Your role may not do this.");
}
