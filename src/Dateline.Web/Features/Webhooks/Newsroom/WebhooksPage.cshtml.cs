using Dateline.Web.Features.Accounts;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Webhooks.Newsroom;

/// <summary>
/// Admins register, disable, enable and delete webhook endpoints (the same <see cref="WebhookSubscriptions"/> as the
/// management API). A new endpoint's secret is shown once, in the response to the form that created it.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public sealed class WebhooksPageModel(WebhookSubscriptions subscriptions) : NewsroomPageModel
{
    public WebhooksText Strings => WebhooksText.For(UiLanguage);

    public IReadOnlyList<WebhookEndpoint> Endpoints { get; private set; } = [];

    [BindProperty(Name = "Url")]
    public string? Address { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public List<string> Events { get; set; } = [];

    /// <summary>Field name (url, events, description) → message, after a refused create.</summary>
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public WebhookEndpoint? Created { get; private set; }

    /// <summary>What the last action did, for the notice after its redirect.</summary>
    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    [FromQuery(Name = "endpoint")]
    public int? DoneEndpointId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var events = Events.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.Ordinal).ToList();
        Errors = WebhookSubscriptions.Validate(Address?.Trim(), events, Description);
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Created = await subscriptions.CreateAsync(Address!.Trim(), events, Description, cancellationToken);
            Address = Description = null;
            Events = [];
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostEnableAsync(int id, CancellationToken cancellationToken) => SetEnabledAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(int id, CancellationToken cancellationToken) => SetEnabledAsync(id, false, cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken) =>
        await subscriptions.DeleteAsync(id, cancellationToken) ? RedirectToPage(null, new { done = "deleted", endpoint = id }) : NotFound();

    public string? Notice => (Done, DoneEndpointId) switch
    {
        ("deleted", { } id) => Format(Strings.Deleted, id),
        ("enabled", { } id) => Format(Strings.EnabledNotice, id),
        ("disabled", { } id) => Format(Strings.DisabledNotice, id),
        _ => null,
    };

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public static string Format(string template, object value) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, value);

    private async Task<IActionResult> SetEnabledAsync(int id, bool enabled, CancellationToken cancellationToken) =>
        await subscriptions.SetEnabledAsync(id, enabled, cancellationToken) is null
            ? NotFound()
            : RedirectToPage(null, new { done = enabled ? "enabled" : "disabled", endpoint = id });

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Title = Strings.Webhooks;
        Endpoints = await subscriptions.ListAsync(cancellationToken);
    }
}
