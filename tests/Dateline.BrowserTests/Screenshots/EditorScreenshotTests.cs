using Dateline.BrowserTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Screenshots;

/// <summary>
/// Photographs the story editor for docs/newsroom.md (DATELINE_SCREENSHOTS=docs/images writes them there): an English
/// story with topics and pins on a desktop, the topic autocomplete open, the linked Arabic draft written beside its
/// English original, and the Arabic editor on a phone. Along the way it checks what the pictures show.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class EditorScreenshotTests(SiteFixture site)
{
    private const string Password = "Editor-screenshots-2026";

    [SkippableFact]
    [Trait("Category", "Screenshots")]
    public Task The_story_editor_and_its_arabic_translation_side_by_side_are_photographed_at_desktop_and_phone_sizes() =>
        site.OnPageAsync(Viewports.Desktop(900), async page =>
        {
            Directory.CreateDirectory(BrowserEnvironment.TourDirectory);
            var email = await EditorAsync();
            await SignInAsync(page, email);

            await page.GotoAsync("/newsroom/stories/new?edition=en");
            await page.GetByTestId("headline").FillAsync("Sharjah opens a second ferry line to Dubai");
            await page.GetByTestId("standfirst").FillAsync("Boats will run every thirty minutes from Al Majaz, cutting the evening commute by half.");
            await page.Locator(".ProseMirror").ClickAsync();
            await page.Keyboard.TypeAsync("The Roads and Transport Authority said the new line starts on Sunday with four boats.");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Tickets cost the same as on the existing route, and Nol cards are accepted.");
            var topics = page.GetByTestId("topics");
            await topics.ClickAsync();
            await page.Keyboard.TypeAsync("Ukr");
            await Expect(page.GetByTestId("topic-option").First).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("S");
            await Expect(page.GetByTestId("topic-option").Nth(1)).ToBeVisibleAsync();
            await page.GetByTestId("topics").ScrollIntoViewIfNeededAsync();
            await page.Mouse.WheelAsync(0, 120);
            await Shot(page, "newsroom-topic-autocomplete-1366");
            await page.Keyboard.PressAsync("Escape");
            await page.GetByTestId("pin-query").FillAsync("Lavrov");
            await page.GetByTestId("pin-find").ClickAsync();
            await page.GetByTestId("pin-add").First.ClickAsync();
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
            await Shot(page, "newsroom-editor-en-1366");
            await Expect(page.GetByTestId("pinned-list")).ToContainTextAsync("Lavrov");
            await page.GetByTestId("pins").ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.TourDirectory, "newsroom-pinned-stories.png") });

            await page.GetByTestId("create-translation").ClickAsync();
            await Expect(page.GetByTestId("translation-beside")).ToBeVisibleAsync();
            await page.GetByTestId("headline").FillAsync("الشارقة تفتتح خطاً ثانياً للعبّارات إلى دبي");
            await page.GetByTestId("standfirst").FillAsync("تبحر العبّارات كل ثلاثين دقيقة من المجاز، فيتقلّص زمن رحلة المساء إلى النصف.");
            await page.Locator(".ProseMirror").ClickAsync();
            await page.Keyboard.TypeAsync("قالت هيئة الطرق والمواصلات إن الخط الجديد يبدأ يوم الأحد بأربع عبّارات.");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("beside-headline")).ToHaveTextAsync("Sharjah opens a second ferry line to Dubai");
            var beside = await page.GetByTestId("translation-beside").BoundingBoxAsync();
            var form = await page.GetByTestId("story-form").BoundingBoxAsync();
            Assert.True(beside!.Y < form!.Y + form.Height && Math.Abs(beside.X - form.X) > 300, "the original stands beside the form on a desktop");
            await Shot(page, "newsroom-translation-side-by-side-1366");
            var arabicPath = new Uri(page.Url).AbsolutePath;

            await using var phoneContext = await page.Context.Browser!.NewContextAsync(new()
            {
                BaseURL = site.BaseAddress.ToString(),
                IgnoreHTTPSErrors = true,
                ViewportSize = new() { Width = 390, Height = 844 },
                IsMobile = true,
                HasTouch = true,
            });
            phoneContext.SetDefaultNavigationTimeout(120_000);
            phoneContext.SetDefaultTimeout(60_000);
            var phone = await phoneContext.NewPageAsync();
            await SignInAsync(phone, await EditorAsync(NewsroomLanguages.Arabic));
            await phone.GotoAsync(arabicPath);
            await Expect(phone.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
            var width = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"the phone editor scrolls sideways ({width}px)");
            await Shot(phone, "newsroom-editor-ar-390");
        });

    private static Task<byte[]> Shot(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.TourDirectory, name + ".png") });

    private async Task<string> EditorAsync(string language = NewsroomLanguages.English)
    {
        var email = $"shots-{Guid.NewGuid():N}@desk.test";
        await using var scope = site.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>()
            .CreateAsync(email, NewsroomRoles.Editor, language == NewsroomLanguages.Arabic ? "ليلى حداد" : "Layla Haddad", Password, CancellationToken.None));
        var users = scope.ServiceProvider.GetRequiredService<UserManager<NewsroomUser>>();
        var user = await users.FindByEmailAsync(email);
        user!.UiLanguage = language;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
        return email;
    }

    private static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/newsroom/sign-in");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("dashboard-welcome")).ToBeVisibleAsync();
    }
}
