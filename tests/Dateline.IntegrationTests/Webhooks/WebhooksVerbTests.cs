using System.CommandLine;
using System.Text.RegularExpressions;
using Dateline.Web.Infrastructure.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Webhooks;

public sealed partial class WebhooksVerbTests(WebhookFactory factory) : IClassFixture<WebhookFactory>
{
    [Fact]
    public async Task An_admin_on_the_server_registers_lists_and_removes_an_endpoint()
    {
        var url = $"https://receiver-{Guid.NewGuid():N}.test/hooks";

        var (added, addOutput) = await RunAsync("webhooks", "add", "--url", url, "--events", "article.published,article.corrected", "--description", "Partner");
        var id = IdLine().Match(addOutput).Groups[1].Value;
        var (_, listOutput) = await RunAsync("webhooks", "list");
        var (deliveries, deliveriesOutput) = await RunAsync("webhooks", "deliveries", "--id", id);
        var (removed, _) = await RunAsync("webhooks", "remove", "--id", id);
        var (_, afterOutput) = await RunAsync("webhooks", "list");
        var (again, _) = await RunAsync("webhooks", "remove", "--id", id);

        Assert.Equal(0, added);
        Assert.Matches(@"whsec_[A-Za-z0-9+/]{43}=", addOutput);
        Assert.Contains($"{id}\tenabled\t{url}\tarticle.published article.corrected\tPartner", listOutput, StringComparison.Ordinal);
        Assert.Equal(0, deliveries);
        Assert.Equal("", deliveriesOutput);
        Assert.Equal(0, removed);
        Assert.DoesNotContain(url, afterOutput, StringComparison.Ordinal);
        Assert.Equal(1, again);
    }

    [Fact]
    public async Task An_unknown_event_type_is_refused_with_the_known_ones()
    {
        var (exit, output) = await RunAsync("webhooks", "add", "--url", "https://example.test/x", "--events", "article.deleted");

        Assert.Equal(2, exit);
        Assert.Contains("article.published, article.updated, article.unpublished, article.corrected", output, StringComparison.Ordinal);
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        Assert.Contains(args[0], DatelineCli.VerbNames);
        var verb = factory.Services.GetServices<ICliVerb>().Single(v => v.Name == args[0]);
        var output = new StringWriter();
        var exit = await verb.CreateCommand(factory.Services).Parse(args[1..])
            .InvokeAsync(new InvocationConfiguration { Output = output, Error = output });
        return (exit, output.ToString());
    }

    [GeneratedRegex(@"Registered endpoint (\d+)")]
    private static partial Regex IdLine();
}
