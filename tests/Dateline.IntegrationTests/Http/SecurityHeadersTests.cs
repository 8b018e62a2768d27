using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;

namespace Dateline.IntegrationTests.Http;

public sealed class SecurityHeadersTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly TestContent _content = new(factory);

    private HttpClient Client => factory.CreateClient(new() { AllowAutoRedirect = false });

    public static TheoryData<string> OtherAddresses => new()
    {
        "/en/no-such-page",
        "/en/prayer-times?city=dubai",
        "/api/v1/prayer-times?city=sharjah&date=2026-11-28",
        "/api/v1/prayer-times?city=atlantis",
    };

    [Fact]
    public async Task Reader_pages_get_the_strict_headers_without_an_opener_policy_first_time_and_from_the_cache()
    {
        var article = await _content.ArticleAsync(await _content.SectionAsync());
        foreach (var path in new[] { "/en", ArticlePaths.Article("en", article.Id, article.Slug) })
        {
            for (var visit = 0; visit < 2; visit++)
            {
                var response = await Client.GetAsync(path);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                AssertStrictHeaders(response);
                Assert.False(response.Headers.Contains("Cross-Origin-Opener-Policy"), $"{path} (visit {visit + 1}) sent COOP");
            }
        }
    }

    [Theory]
    [MemberData(nameof(OtherAddresses))]
    public async Task Everything_else_also_isolates_its_window_from_openers(string path)
    {
        var response = await Client.GetAsync(path);

        AssertStrictHeaders(response);
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Opener-Policy")));
    }

    private static void AssertStrictHeaders(HttpResponseMessage response)
    {
        Assert.Equal(ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.StartsWith("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
    }
}
