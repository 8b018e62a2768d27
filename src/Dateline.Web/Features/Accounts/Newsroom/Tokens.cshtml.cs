using System.Globalization;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Accounts.Newsroom;

/// <summary>
/// The signed-in user's own API tokens: create (the token is shown on this response only, never again), list, revoke.
/// Only the user's own tokens are listed or revocable here.
/// </summary>
public sealed class TokensModel(ApiTokens tokens, UserManager<NewsroomUser> users) : NewsroomPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewSecret { get; private set; }

    public string? Error { get; private set; }

    public bool Revoked { get; private set; }

    public static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(bool revoked, CancellationToken cancellationToken)
    {
        Revoked = revoked;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        Name = Name?.Trim() ?? "";
        if (Name.Length is 0 or > 100)
        {
            Error = Text.TokenNameInvalid;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            (_, NewSecret) = await tokens.CreateAsync(UserId, Name, cancellationToken);
            Name = "";
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken) =>
        await tokens.RevokeAsync(UserId, id, cancellationToken)
            ? Redirect("/newsroom/tokens?revoked=true")
            : NotFound();

    private int UserId => int.Parse(users.GetUserId(User)!, CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Title = Text.ApiTokens;
        Tokens = await tokens.ListAsync(UserId, cancellationToken);
    }
}
