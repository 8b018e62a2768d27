using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Features.Accounts.Api;

/// <summary>The newsroom API's account endpoints: who the caller is (a script's first check that its token works).</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/newsroom").WithTags("Newsroom accounts");
        group.MapGet("/me", Me)
            .RequireAuthorization(NewsroomPolicies.Contributor)
            .WithName("GetNewsroomMe")
            .WithSummary("The signed-in user or the API token's user, with their roles.")
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return app;
    }

    private static Ok<MeResponse> Me(ClaimsPrincipal user) => TypedResults.Ok(new MeResponse(
        int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture),
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "",
        user.FindFirstValue(NewsroomClaims.DisplayName) ?? "",
        user.FindFirstValue(NewsroomClaims.UiLanguage) ?? NewsroomLanguages.English,
        [.. NewsroomRoles.All.Where(user.IsInRole)]));
}
