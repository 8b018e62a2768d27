using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>Two-factor changes against sessions checked on every request.</summary>
public sealed class TwoFactorSessionTests(SessionCheckFactory factory) : IClassFixture<SessionCheckFactory>
{
    [Fact]
    public async Task Opening_the_enrolment_page_and_enrolling_keep_the_session()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom/two-factor")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
        await TwoFactorEnrolment.EnrolAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/newsroom")).StatusCode);
    }
}
