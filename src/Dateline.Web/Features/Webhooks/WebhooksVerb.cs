using System.CommandLine;
using System.Globalization;
using Dateline.Web.Infrastructure.Cli;

namespace Dateline.Web.Features.Webhooks;

/// <summary>
/// <c>webhooks add --url https://… --events article.published,article.updated</c> (prints the secret once),
/// <c>webhooks list</c>, <c>webhooks remove --id 3</c>, <c>webhooks deliveries --id 3</c>,
/// <c>webhooks redeliver --delivery 42</c>: the management API's operations for an administrator on the server.
/// </summary>
internal sealed class WebhooksVerb : ICliVerb
{
    public const string VerbName = "webhooks";

    public string Name => VerbName;

    public Command CreateCommand(IServiceProvider services)
    {
        var command = new Command(VerbName, "Register webhook endpoints, read their delivery log and redeliver.");

        var url = new Option<string>("--url") { Description = "Absolute http(s) address to POST deliveries to.", Required = true };
        var events = new Option<string>("--events")
        {
            Description = "Comma-separated event types: " + string.Join(", ", WebhookEventTypes.All) + ".",
            DefaultValueFactory = _ => string.Join(',', WebhookEventTypes.All),
        };
        var description = new Option<string?>("--description") { Description = "Who or what receives them." };
        var add = new Command("add", "Register an endpoint and print its signing secret; it is not shown again.") { url, events, description };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var types = parse.GetValue(events)!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var errors = WebhookSubscriptions.Validate(parse.GetValue(url), types, parse.GetValue(description));
            if (errors.Count > 0)
            {
                foreach (var (field, messages) in errors)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"--{field}: {string.Join(' ', messages)}");
                }

                return 2;
            }

            var endpoint = await RunAsync(services, (s, ct) => s.CreateAsync(parse.GetValue(url)!, types, parse.GetValue(description), ct), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"Registered endpoint {endpoint.Id} for {endpoint.Events}. Its signing secret (Standard Webhooks):\n{endpoint.Secret}"));
            return 0;
        });

        var list = new Command("list", "List endpoints.");
        list.SetAction(async (parse, cancellationToken) =>
        {
            foreach (var endpoint in await RunAsync(services, (s, ct) => s.ListAsync(ct), cancellationToken))
            {
                var state = endpoint.DisabledAt is null ? "enabled" : "disabled";
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"{endpoint.Id}\t{state}\t{endpoint.Url}\t{endpoint.Events}\t{endpoint.Description}"));
            }

            return 0;
        });

        var id = new Option<int>("--id") { Description = "The endpoint's id (see webhooks list).", Required = true };
        var remove = new Command("remove", "Remove an endpoint and its delivery log.") { id };
        remove.SetAction(async (parse, cancellationToken) =>
        {
            var endpointId = parse.GetValue(id);
            if (!await RunAsync(services, (s, ct) => s.DeleteAsync(endpointId, ct), cancellationToken))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"There is no endpoint {endpointId}."));
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Removed endpoint {endpointId}."));
            return 0;
        });

        var deliveries = new Command("deliveries", "The endpoint's newest 50 deliveries.") { id };
        deliveries.SetAction(async (parse, cancellationToken) =>
        {
            var endpointId = parse.GetValue(id);
            foreach (var d in await RunAsync(services, (s, ct) => s.DeliveriesAsync(endpointId, null, 50, ct), cancellationToken))
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{d.Id}\t{d.MessageId}\t{d.EventType}\tarticle {d.ArticleEvent?.ArticleId}\t{d.Status}\t{d.Attempts} attempts\t{d.LastStatusCode}\t{d.LastError}"));
            }

            return 0;
        });

        var delivery = new Option<long>("--delivery") { Description = "The delivery's id (see webhooks deliveries).", Required = true };
        var redeliver = new Command("redeliver", "Send a delivery again, with the same webhook-id.") { delivery };
        redeliver.SetAction(async (parse, cancellationToken) =>
        {
            var deliveryId = parse.GetValue(delivery);
            if (!await RunAsync(services, (s, ct) => s.RedeliverAsync(deliveryId, ct), cancellationToken))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture, $"Delivery {deliveryId} does not exist or is being sent right now."));
                return 1;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"Delivery {deliveryId} will be sent again by the next sending node."));
            return 0;
        });

        command.Subcommands.Add(add);
        command.Subcommands.Add(list);
        command.Subcommands.Add(remove);
        command.Subcommands.Add(deliveries);
        command.Subcommands.Add(redeliver);
        return command;
    }

    private static async Task<T> RunAsync<T>(IServiceProvider services, Func<WebhookSubscriptions, CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        await DatelineCli.PrepareDatabaseAsync(services, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>(), cancellationToken);
    }
}
