using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Newsroom.Desk;

/// <summary>Posting the desk's forms as a browser without JavaScript does: the fields the page rendered, some changed.</summary>
public static class DeskForms
{
    public static async Task<IHtmlDocument> DocumentAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static async Task<IHtmlDocument> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await DocumentAsync(response);
    }

    /// <summary>The fields of the form matched by <paramref name="selector"/>, with <paramref name="changes"/> applied and the button pressed.</summary>
    public static FormUrlEncodedContent Post(IHtmlDocument page, string act, params (string Name, string Value)[] changes) =>
        PostForm(page, "form[data-testid='story-form']", act, changes);

    public static FormUrlEncodedContent PostForm(IHtmlDocument page, string selector, string? act, params (string Name, string Value)[] changes)
    {
        var form = (IHtmlFormElement?)page.QuerySelector(selector) ?? throw new InvalidOperationException($"No form {selector}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && input.Type != "submit":
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.AddRange(select.Options.Where(o => o.IsSelected).Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }

        foreach (var (name, value) in changes)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        if (act is not null)
        {
            fields.Add(new("act", act));
        }

        return new FormUrlEncodedContent(fields);
    }

    /// <summary>A new story saved through the editor by a new user in <paramref name="role"/>: that user's client and the story's path.</summary>
    public static async Task<(HttpClient Client, string Path)> DraftAsync(
        DatelineFactory factory, TestContent content, string role, string headline, string body = "<p>First paragraph.</p>")
    {
        var section = await content.SectionAsync();
        var client = await NewsroomUsers.SignedInClientAsync(factory, role);
        var page = await GetAsync(client, "/newsroom/stories/new?edition=en");
        var created = await client.PostAsync("/newsroom/stories/new", Post(page, "save",
            ("Form.Headline", headline), ("Form.BodyHtml", body), ("Form.SectionId", section.Id.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return (client, created.Headers.Location!.OriginalString.Split('?')[0]);
    }
}
