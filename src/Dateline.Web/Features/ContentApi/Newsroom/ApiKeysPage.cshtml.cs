using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.ContentApi.ApiKeys;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.ContentApi.Newsroom;

/// <summary>
/// Admins create and revoke content API keys. A new key is shown once, in the response to the form that created it
/// (newsroom responses are never stored), and only its hash is kept.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public sealed class ApiKeysPageModel(ApiKeyStore store) : NewsroomPageModel
{
    public const int MaxNameLength = 200;

    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    [BindProperty]
    public string? Name { get; set; }

    public CreatedApiKey? Created { get; private set; }

    public string? Error { get; private set; }

    [FromQuery(Name = "revoked")]
    public int? RevokedId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var name = Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            Error = Text.ApiKeyNameInvalid;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Created = await store.CreateAsync(name, cancellationToken);
            Name = null;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken) =>
        await store.RevokeAsync(id, cancellationToken) ? RedirectToPage(null, new { revoked = id }) : NotFound();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Title = Text.ApiKeys;
        Keys = await store.ListAsync(cancellationToken);
    }
}
