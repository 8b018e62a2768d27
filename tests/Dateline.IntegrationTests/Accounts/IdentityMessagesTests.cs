using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;

namespace Dateline.IntegrationTests.Accounts;

/// <summary>Identity's refusals on the newsroom's pages speak the acting user's interface language.</summary>
public sealed class IdentityMessagesTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    [Theory]
    [InlineData(NewsroomLanguages.English, "Passwords must be at least 12 characters.")]
    [InlineData(NewsroomLanguages.Arabic, "يجب ألا تقل كلمة المرور عن 12 حرفًا")]
    public async Task The_password_policy_is_explained_in_the_admins_language(string language, string message)
    {
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, language);

        var response = await CreateUserAsync(admin, $"short-{Guid.NewGuid():N}@newsroom.test", "short");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NewsroomLanguages.English, "is already taken")]
    [InlineData(NewsroomLanguages.Arabic, "مستخدم من قبل")]
    public async Task A_taken_address_is_refused_in_the_admins_language(string language, string message)
    {
        var taken = await NewsroomUsers.CreateAsync(factory, NewsroomRoles.Contributor);
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, language);

        var response = await CreateUserAsync(admin, taken.Email!, NewsroomUsers.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);
        if (language == NewsroomLanguages.Arabic)
        {
            Assert.DoesNotContain("is already taken", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_command_line_keeps_identitys_english()
    {
        var run = await DatelineBinary.InProcessAsync(factory, "users", "create", "--email", $"cli-{Guid.NewGuid():N}@newsroom.test", "--role", "editor", "--password", "short");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Passwords must be at least 12 characters.", run.Error, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> CreateUserAsync(HttpClient admin, string email, string password) =>
        TwoFactorEnrolment.PostAsync(admin, "/newsroom/users?handler=Create", new()
        {
            ["NewUser.Email"] = email,
            ["NewUser.Role"] = NewsroomRoles.Editor,
            ["NewUser.Password"] = password,
        }, "/newsroom/users");
}
