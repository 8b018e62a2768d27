using System.Net;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>Turning two-factor sign-in on through /newsroom/two-factor as a user would, with a code computed from the shown key.</summary>
public static class TwoFactorEnrolment
{
    /// <summary>Enrols the signed-in client; returns the key and the recovery codes the page showed.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(HttpClient client)
    {
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/newsroom/two-factor"));
        var key = page.QuerySelector("[data-testid='two-factor-key']")?.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()
            ?? throw new InvalidOperationException("The enrolment page shows no key.");
        var response = await PostAsync(client, "/newsroom/two-factor?handler=Enable", new() { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Enrolment answered {(int)response.StatusCode}.");
        }

        var done = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        return (key, [.. done.QuerySelectorAll("[data-testid='recovery-codes'] code").Select(c => c.TextContent.Trim())]);
    }

    /// <summary>Posts a newsroom form with the antiforgery token of the page the form is on.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string action, Dictionary<string, string> fields, string? pageWithForm = null)
    {
        fields["__RequestVerificationToken"] = await NewsroomUsers.AntiforgeryTokenAsync(client, pageWithForm ?? action.Split('?')[0]);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }
}
