using Dateline.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Dateline.BrowserTests.Layout;

[Collection(SiteCollection.Name)]
public sealed class RotateOverlayTests(SiteFixture site)
{
    [SkippableFact]
    public Task Phone_held_in_landscape_is_asked_to_rotate_and_can_dismiss_the_overlay() =>
        site.OnPageAsync(Viewports.PhoneLandscape(), async page =>
        {
            await page.GotoAsync(await site.SeedArticlePathAsync());
            var overlay = page.GetByTestId("rotate-overlay");
            await Expect(overlay).ToBeVisibleAsync();
            await Expect(overlay).ToContainTextAsync("rotate your device to portrait mode");

            // The CSS-only overlay is dismissed by a label toggling a checkbox; a script may use a button instead.
            await overlay.Locator("button, [role=button], label[for]").First.ClickAsync();

            await Expect(overlay).ToBeHiddenAsync();
            await Expect(page.GetByTestId("headline")).ToBeVisibleAsync();
        });

    [SkippableFact]
    public Task Desktop_never_sees_the_rotate_overlay() =>
        site.OnPageAsync(Viewports.Desktop(), async page =>
        {
            await page.GotoAsync(await site.SeedArticlePathAsync());
            await Expect(page.GetByTestId("rotate-overlay")).ToBeAttachedAsync();
            await Expect(page.GetByTestId("rotate-overlay")).ToBeHiddenAsync();
            await Expect(page.GetByTestId("headline")).ToBeVisibleAsync();
        });

    [SkippableFact]
    public Task Tablet_held_in_landscape_never_sees_the_rotate_overlay() =>
        site.OnPageAsync(Viewports.TabletLandscape(), async page =>
        {
            await page.GotoAsync(await site.SeedArticlePathAsync());
            await Expect(page.GetByTestId("rotate-overlay")).ToBeAttachedAsync();
            await Expect(page.GetByTestId("rotate-overlay")).ToBeHiddenAsync();
        });
}
