using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

public sealed class SignInRateLimitTests(SignInLimitFactory factory) : IClassFixture<SignInLimitFactory>
{
    [Fact]
    public async Task Sign_in_posts_past_the_limit_get_429_with_Retry_After_while_the_form_still_opens()
    {
        var user = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Editor);
        var client = NewsroomUsers.Client(factory);
        for (var i = 0; i < SignInLimitFactory.PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await NewsroomUsers.PostSignInAsync(client, user.Email!, "wrong password " + i)).StatusCode);
        }

        var limited = await NewsroomUsers.PostSignInAsync(client, user.Email!, NewsroomUsers.Password);
        var html = await limited.Content.ReadAsStringAsync();
        var form = await client.GetAsync("/newsroom/sign-in");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Contains("Too many attempts", html, StringComparison.Ordinal);
        Assert.Equal("no-store", limited.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/newsroom")).StatusCode);
    }
}
