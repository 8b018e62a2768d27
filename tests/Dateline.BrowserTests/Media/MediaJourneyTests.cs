using System.Text.Json;
using Dateline.BrowserTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Media;

/// <summary>
/// Photos from the newsroom to readers in Chromium: an upload with its embedded credit, the focal point set by a
/// click, the hero image chosen in the editor's dialog; and a gallery inserted in the body, published, swiped and
/// stepped through by keyboard, and checked by axe. Pictures of the library, the picker and the gallery are kept in
/// the screenshot folder (<see cref="BrowserEnvironment.TourDirectory"/>).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class MediaJourneyTests(SiteFixture site)
{
    private const string Password = "Media-journey-2026!";
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Media", "agency-arabic-gps.jpg");
    private static readonly string AxeScript = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");

    [SkippableFact]
    public Task An_editor_uploads_a_photo_sets_its_focal_point_makes_it_the_hero_and_readers_see_it_with_its_credit() =>
        site.OnPageAsync(Viewports.Desktop(900), async page =>
        {
            await SignInAsync(page);
            await page.GotoAsync("/newsroom/media");
            await page.GetByTestId("files").SetInputFilesAsync(Fixture);
            await page.GetByTestId("upload").ClickAsync();
            await Expect(page.GetByTestId("uploaded")).ToBeVisibleAsync();
            await Shoot(page, "media-library-desktop");

            await page.Locator(".ml-tile__link").First.ClickAsync();
            var assetId = page.Url.Split('/')[^1];
            await Expect(page.GetByTestId("credit")).ToHaveValueAsync("AFP");
            var preview = page.GetByTestId("preview");
            var box = (await preview.BoundingBoxAsync())!;
            await preview.ClickAsync(new() { Position = new() { X = box.Width * 0.25f, Y = box.Height * 0.7f } });
            await Expect(page.GetByTestId("focal-x")).ToHaveValueAsync("25");
            await page.GetByTestId("save").ClickAsync();
            await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("focal-y")).ToHaveValueAsync("70");

            var headline = $"Hero journey {Guid.NewGuid():N}"[..28];
            await page.GotoAsync("/newsroom/stories/new?edition=en");
            await page.GetByTestId("headline").FillAsync(headline);
            await page.Locator(".ProseMirror").ClickAsync();
            await page.Keyboard.TypeAsync("A photo chosen from the library.");
            await SelectSectionAsync(page);
            await page.GetByTestId("hero-choose").ClickAsync();
            var dialog = page.GetByTestId("hero-dialog");
            await Expect(dialog).ToBeVisibleAsync();
            await page.GetByTestId("hero-dialog-search").FillAsync("AFP");
            await page.GetByTestId($"hero-pick-{assetId}").First.ClickAsync();
            await Expect(dialog).ToBeHiddenAsync();
            await Expect(page.GetByTestId("hero-preview")).ToHaveAttributeAsync("src", $"/media/{assetId}/320.jpg");

            await page.GetByTestId("publish").ClickAsync();
            await page.GetByTestId("view-live").ClickAsync();
            await Expect(page.GetByTestId("headline")).ToHaveTextAsync(headline);
            await Expect(page.Locator("[data-testid=hero-image] img")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex($"^/media/{assetId}/"));
            await Expect(page.Locator("[data-testid=caption] .story__credit")).ToHaveTextAsync("AFP");
        });

    [SkippableFact]
    public Task An_editor_inserts_a_gallery_publishes_it_and_readers_swipe_and_step_through_it_by_keyboard() =>
        site.OnPageAsync(Viewports.Desktop(900), async page =>
        {
            await SignInAsync(page);
            var headline = $"Gallery journey {Guid.NewGuid():N}"[..31];
            await page.GotoAsync("/newsroom/stories/new?edition=en");
            await page.GetByTestId("headline").FillAsync(headline);
            await page.Locator(".ProseMirror").ClickAsync();
            await page.Keyboard.TypeAsync("Scenes from the week, in pictures.");
            await SelectSectionAsync(page);

            await page.GetByTestId("hero-choose").ClickAsync();
            await Expect(page.GetByTestId("hero-dialog").Locator(".hp-pick").First).ToBeVisibleAsync();
            await LoadImagesAsync(page);
            await Shoot(page, "media-hero-picker-desktop");
            await page.Keyboard.PressAsync("Escape");

            await page.GetByRole(AriaRole.Button, new() { Name = "Gallery from the library" }).ClickAsync();
            var picks = page.Locator("[data-testid=media-dialog-results] button[data-id]");
            await Expect(picks.First).ToBeVisibleAsync();
            for (var i = 0; i < 4; i++)
            {
                await picks.Nth(i).ClickAsync();
            }

            await Expect(picks.Nth(3)).ToHaveAttributeAsync("aria-pressed", "true");
            await page.GetByRole(AriaRole.Button, new() { Name = "Insert" }).ClickAsync();
            await Expect(page.Locator(".ProseMirror figure[data-gallery] > figure")).ToHaveCountAsync(4);
            await page.GetByTestId("publish").ClickAsync();
            var live = await page.GetByTestId("view-live").GetAttributeAsync("href");

            // Readers: a fresh context, as nobody signed in.
            await using var reader = await page.Context.Browser!.NewContextAsync(new(Viewports.Phone()) { BaseURL = site.BaseAddress.ToString(), IgnoreHTTPSErrors = true });
            await reader.AddInitScriptAsync(scriptPath: AxeScript);
            var phone = await reader.NewPageAsync();
            await phone.GotoAsync(live!);
            var gallery = phone.Locator("figure.gallery");
            await Expect(gallery.Locator("li.gallery__slide")).ToHaveCountAsync(4);
            var count = gallery.GetByTestId("gallery-count");
            await Expect(count).ToHaveTextAsync("1 / 4");

            await gallery.Locator("[data-gallery-track]").FocusAsync();
            await phone.Keyboard.PressAsync("ArrowRight");
            await Expect(count).ToHaveTextAsync("2 / 4");
            await gallery.GetByRole(AriaRole.Button, new() { Name = "Next photo" }).ClickAsync();
            await Expect(count).ToHaveTextAsync("3 / 4");
            var track = gallery.Locator("[data-gallery-track]");
            await track.EvaluateAsync("t => t.scrollTo({ left: 0, behavior: 'instant' })");
            await Expect(count).ToHaveTextAsync("1 / 4");
            await LoadImagesAsync(phone);
            await gallery.ScrollIntoViewIfNeededAsync();
            await Shoot(phone, "media-gallery-phone");

            var report = await phone.EvaluateAsync<string>("""
                async () => JSON.stringify(await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] }))
                """);
            using var json = JsonDocument.Parse(report);
            var violations = json.RootElement.GetProperty("violations").EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList();
            Assert.True(violations.Count == 0, "axe: " + string.Join(", ", violations));

            await page.GotoAsync(live!);
            await LoadImagesAsync(page);
            await page.Locator("figure.gallery").ScrollIntoViewIfNeededAsync();
            await Shoot(page, "media-gallery-desktop");
        });

    private async Task SignInAsync(IPage page)
    {
        var email = $"media-{Guid.NewGuid():N}@example.test";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<NewsroomAccounts>()
                .CreateAsync(email, NewsroomRoles.Editor, "Media Editor", Password, CancellationToken.None));
        }

        await page.GotoAsync("/newsroom/sign-in");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(Password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("dashboard-welcome")).ToBeVisibleAsync();
    }

    private static async Task SelectSectionAsync(IPage page)
    {
        var section = await page.GetByTestId("section").Locator("option:not([value=''])").First.GetAttributeAsync("value");
        await page.GetByTestId("section").SelectOptionAsync(section!);
    }

    private static async Task LoadImagesAsync(IPage page) => await page.EvaluateAsync("""
        () => Promise.all([...document.images].map(img => {
            img.loading = 'eager';
            return img.complete ? null : new Promise(done => { img.onload = img.onerror = done; });
        }))
        """);

    private static async Task Shoot(IPage page, string name)
    {
        Directory.CreateDirectory(BrowserEnvironment.TourDirectory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserEnvironment.TourDirectory, name + ".png") });
    }
}
