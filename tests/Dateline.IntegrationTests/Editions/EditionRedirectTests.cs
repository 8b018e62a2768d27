using System.Net;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Editions;

public sealed class EditionRedirectTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Theory]
    [InlineData(null, "/en")]
    [InlineData("en-GB,en;q=0.9", "/en")]
    [InlineData("ar-AE,ar;q=0.9,en;q=0.8", "/ar")]
    [InlineData("fr-FR,ar;q=0.7,en;q=0.5", "/ar")]
    [InlineData("de-DE", "/en")]
    public async Task Root_redirects_to_the_edition_the_browser_prefers(string? acceptLanguage, string expected)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Empty(factory.Warnings);
    }
}
