using Microsoft.Playwright;

namespace Dateline.BrowserTests.Infrastructure;

/// <summary>The screens the journeys use; each call returns new options because a journey sets its base address on them.</summary>
public static class Viewports
{
    public static BrowserNewContextOptions Phone() => Mobile(390, 844);

    public static BrowserNewContextOptions PhoneLandscape() => Mobile(844, 390);

    public static BrowserNewContextOptions TabletLandscape() => Mobile(1180, 820);

    public static BrowserNewContextOptions Desktop(int height = 768) => new()
    {
        ViewportSize = new() { Width = 1366, Height = height },
    };

    private static BrowserNewContextOptions Mobile(int width, int height) => new()
    {
        ViewportSize = new() { Width = width, Height = height },
        IsMobile = true,
        HasTouch = true,
    };
}
