namespace Dateline.Web.Features.Webhooks;

/// <summary>
/// A receiver an administrator registered for some article events. Its signing secret is stored as issued
/// (<c>whsec_</c> + base64): the sender needs the secret itself to sign, so it cannot be kept as a hash.
/// </summary>
public sealed class WebhookEndpoint
{
    public int Id { get; set; }

    /// <summary>Absolute http(s) address the deliveries are POSTed to.</summary>
    public required string Url { get; set; }

    public string? Description { get; set; }

    /// <summary>Event type names (<see cref="WebhookEventTypes"/>) separated by spaces.</summary>
    public required string Events { get; set; }

    public required string Secret { get; set; }

    /// <summary>UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>UTC; a disabled endpoint gets no new deliveries and its pending ones wait.</summary>
    public DateTime? DisabledAt { get; set; }

    public IReadOnlyList<string> EventList => Events.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Wants(string eventType) => EventList.Contains(eventType, StringComparer.Ordinal);
}
