using System.Net;
using Dateline.IntegrationTests.Infrastructure;

namespace Dateline.IntegrationTests.Search;

public sealed class SearchRateLimitTests(SearchRateLimitTests.LimitedFactory factory) : IClassFixture<SearchRateLimitTests.LimitedFactory>
{
    [Fact]
    public async Task A_client_searching_too_fast_gets_429_with_retry_after_while_other_pages_still_serve()
    {
        var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/en/search?q=test{i}")).StatusCode);
        }

        var page = await client.GetAsync("/en/search?q=again");
        var api = await client.GetAsync("/api/v1/search?edition=en&q=again");
        var home = await client.GetAsync("/en");

        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    public sealed class LimitedFactory : DatelineFactory
    {
        public LimitedFactory()
        {
            Settings["Search:RateLimitPermits"] = "3";
            Settings["Search:RateLimitWindow"] = "00:01:00";
        }
    }
}
