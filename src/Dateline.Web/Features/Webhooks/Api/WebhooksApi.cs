using Dateline.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Features.Webhooks.Api;

/// <summary><c>/api/v1/newsroom/webhooks</c>: administrators register receivers, read the delivery log and redeliver.</summary>
public static class WebhooksApi
{
    private const int PageSize = 50;

    public static IEndpointRouteBuilder MapWebhooksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/newsroom/webhooks")
            .WithTags("Newsroom webhooks")
            .RequireAuthorization(NewsroomPolicies.Admin);

        group.MapGet("", ListAsync)
            .WithName("ListWebhookEndpoints")
            .WithSummary("Every registered webhook endpoint.");
        group.MapPost("", CreateAsync)
            .WithName("CreateWebhookEndpoint")
            .WithSummary("Registers an endpoint; the response holds its signing secret, shown only this once.")
            .ProducesValidationProblem();
        group.MapGet("/{id:int}", GetAsync)
            .WithName("GetWebhookEndpoint")
            .WithSummary("One webhook endpoint.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:int}", DeleteAsync)
            .WithName("DeleteWebhookEndpoint")
            .WithSummary("Removes an endpoint and its delivery log.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:int}/enable", (int id, WebhookSubscriptions subscriptions, CancellationToken ct) => SetEnabledAsync(id, true, subscriptions, ct))
            .WithName("EnableWebhookEndpoint")
            .WithSummary("Enables an endpoint: it gets new deliveries again and its waiting ones are sent.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:int}/disable", (int id, WebhookSubscriptions subscriptions, CancellationToken ct) => SetEnabledAsync(id, false, subscriptions, ct))
            .WithName("DisableWebhookEndpoint")
            .WithSummary("Disables an endpoint: it gets no new deliveries and its waiting ones wait.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/deliveries", DeliveriesAsync)
            .WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's delivery log, newest first, each delivery with its attempts.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/deliveries/{deliveryId:long}/redeliver", RedeliverAsync)
            .WithName("RedeliverWebhook")
            .WithSummary("Sends a delivery again, with the same webhook-id and a fresh allowance of attempts.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Ok<List<WebhookEndpointResponse>>> ListAsync(WebhookSubscriptions subscriptions, CancellationToken cancellationToken) =>
        TypedResults.Ok((await subscriptions.ListAsync(cancellationToken)).Select(WebhookEndpointResponse.From).ToList());

    private static async Task<Results<Created<CreatedWebhookEndpointResponse>, ValidationProblem>> CreateAsync(
        CreateWebhookEndpointRequest request, WebhookSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        var errors = WebhookSubscriptions.Validate(request.Url, request.Events, request.Description);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var endpoint = await subscriptions.CreateAsync(request.Url!, request.Events!, request.Description, cancellationToken);
        return TypedResults.Created(
            $"/api/v1/newsroom/webhooks/{endpoint.Id}",
            new CreatedWebhookEndpointResponse(WebhookEndpointResponse.From(endpoint), endpoint.Secret));
    }

    private static async Task<Results<Ok<WebhookEndpointResponse>, ProblemHttpResult>> GetAsync(
        int id, WebhookSubscriptions subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.FindAsync(id, cancellationToken) is { } endpoint
            ? TypedResults.Ok(WebhookEndpointResponse.From(endpoint))
            : NotFound(id);

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        int id, WebhookSubscriptions subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : NotFound(id);

    private static async Task<Results<Ok<WebhookEndpointResponse>, ProblemHttpResult>> SetEnabledAsync(
        int id, bool enabled, WebhookSubscriptions subscriptions, CancellationToken cancellationToken) =>
        await subscriptions.SetEnabledAsync(id, enabled, cancellationToken) is { } endpoint
            ? TypedResults.Ok(WebhookEndpointResponse.From(endpoint))
            : NotFound(id);

    /// <param name="before">Only deliveries with a lower id: the previous page's <c>next</c>.</param>
    private static async Task<Results<Ok<WebhookDeliveryPage>, ProblemHttpResult>> DeliveriesAsync(
        int id, long? before, WebhookSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        if (await subscriptions.FindAsync(id, cancellationToken) is null)
        {
            return NotFound(id);
        }

        var deliveries = await subscriptions.DeliveriesAsync(id, before, PageSize + 1, cancellationToken);
        var page = deliveries.Take(PageSize).Select(WebhookDeliveryResponse.From).ToList();
        return TypedResults.Ok(new WebhookDeliveryPage(page, deliveries.Count > PageSize ? page[^1].Id : null));
    }

    private static async Task<Results<Accepted, ProblemHttpResult>> RedeliverAsync(
        long deliveryId, WebhookSubscriptions subscriptions, CancellationToken cancellationToken)
    {
        if (await subscriptions.RedeliverAsync(deliveryId, cancellationToken))
        {
            return TypedResults.Accepted((string?)null);
        }

        return await subscriptions.DeliveryExistsAsync(deliveryId, cancellationToken)
            ? TypedResults.Problem("The delivery is being sent right now; try again in a moment.", statusCode: StatusCodes.Status409Conflict)
            : TypedResults.Problem($"There is no webhook delivery {deliveryId}.", statusCode: StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem($"There is no webhook endpoint {id}.", statusCode: StatusCodes.Status404NotFound);
}
