using Dateline.BrowserTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Newsroom;

/// <summary>
/// The newsroom in a real browser, over HTTPS as in production: its <c>__Host-</c> session and antiforgery cookies
/// must be accepted and sent back, so that a signed-in editor can write and publish a story.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class NewsroomJourneyTests(SiteFixture site)
{
    [SkippableFact]
    public Task An_editor_signs_in_writes_a_story_in_the_editor_publishes_it_and_readers_see_it() =>
        site.OnPageAsync(Viewports.Desktop(), async page =>
        {
            var email = $"editor-{Guid.NewGuid():N}@example.test";
            const string Password = "Browser-journey-2026!";
            await using (var scope = site.Services.CreateAsyncScope())
            {
                var refused = await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>()
                    .CreateAsync(email, NewsroomRoles.Editor, "Browser Editor", Password, CancellationToken.None);
                Assert.Null(refused);
            }

            await page.GotoAsync("/newsroom/sign-in");
            await page.GetByTestId("email").FillAsync(email);
            await page.GetByTestId("password").FillAsync(Password);
            await page.GetByTestId("sign-in").ClickAsync();

            await Expect(page.GetByTestId("dashboard-welcome")).ToBeVisibleAsync();
            var session = (await page.Context.CookiesAsync()).Single(c => c.Name == "__Host-dateline-newsroom");
            Assert.True(session.Secure);
            Assert.True(session.HttpOnly);

            // Writes a story in the WYSIWYG editor (TipTap over the form's textarea), saves it, publishes it.
            var headline = $"Browser journey {Guid.NewGuid():N}"[..30];
            await page.GetByTestId("new-story").ClickAsync();
            await page.GetByTestId("headline").FillAsync(headline);
            var body = page.Locator(".ProseMirror");
            await body.ClickAsync();
            await page.Keyboard.TypeAsync("Written in a real browser by the newsroom journey.");
            var section = await page.GetByTestId("section").Locator("option:not([value=''])").First.GetAttributeAsync("value");
            await page.GetByTestId("section").SelectOptionAsync(section!);
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();

            await page.GetByTestId("publish").ClickAsync();
            await Expect(page.GetByTestId("view-live")).ToBeVisibleAsync();
            await page.GetByTestId("view-live").ClickAsync();

            await Expect(page.GetByTestId("headline")).ToHaveTextAsync(headline);
            await Expect(page.GetByTestId("article-body")).ToContainTextAsync("Written in a real browser by the newsroom journey.");
        });
}
