using System.Net;
using AngleSharp.Html.Parser;
using Dateline.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Infrastructure;

/// <summary>
/// Newsroom users for tests, made through the real UserManager, and clients signed in through the real sign-in form
/// (antiforgery included). Linked into the browser tests too.
/// </summary>
public static class NewsroomUsers
{
    /// <summary>The password every test user gets; long enough for the policy.</summary>
    public const string Password = "correct horse battery staple";

    /// <summary>A new user with a unique address in <paramref name="role"/> (a <see cref="NewsroomRoles"/> name).</summary>
    public static async Task<NewsroomUser> CreateAsync(
        WebApplicationFactory<Program> factory, string role, string uiLanguage = NewsroomLanguages.English, string? displayName = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@newsroom.test";
        var user = new NewsroomUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName ?? $"Test {role}",
            UiLanguage = uiLanguage,
            CreatedAt = DateTime.UtcNow,
        };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        return user;
    }

    /// <summary>A client signed in as a new user in <paramref name="role"/>.</summary>
    public static async Task<HttpClient> SignedInClientAsync(
        WebApplicationFactory<Program> factory, string role, string uiLanguage = NewsroomLanguages.English)
    {
        var user = await CreateAsync(factory, role, uiLanguage);
        return await SignInAsync(factory, user.Email!, Password);
    }

    /// <summary>Signs in through the form at /newsroom/sign-in; fails the test unless it redirects into the newsroom.</summary>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> factory, string email, string password)
    {
        var client = Client(factory);
        var response = await PostSignInAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }

        return client;
    }

    /// <summary>Posts the sign-in form as a browser would: fetch the page, then post with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var token = await AntiforgeryTokenAsync(client, "/newsroom/sign-in");
        var fields = new Dictionary<string, string>
        {
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["__RequestVerificationToken"] = token,
        };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return await client.PostAsync("/newsroom/sign-in", new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// A client as a browser on the real site: HTTPS (the newsroom's cookies are Secure, so they are only sent back
    /// over HTTPS), its own cookies, redirects not followed so tests can see them.
    /// </summary>
    public static HttpClient Client(WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

    /// <summary>The antiforgery token of the first form on <paramref name="path"/>, for posting a newsroom form.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var document = await new HtmlParser().ParseDocumentAsync(html);
        return document.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    /// <summary>A new API token (<c>Authorization: Bearer …</c>) of a new user in <paramref name="role"/>.</summary>
    public static async Task<string> ApiTokenAsync(WebApplicationFactory<Program> factory, string role)
    {
        var user = await CreateAsync(factory, role);
        await using var scope = factory.Services.CreateAsyncScope();
        var (_, secret) = await scope.ServiceProvider.GetRequiredService<ApiTokens>().CreateAsync(user.Id, "test", CancellationToken.None);
        return secret;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
