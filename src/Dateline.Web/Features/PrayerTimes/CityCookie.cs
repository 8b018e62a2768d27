using Dateline.PrayerTimes;

namespace Dateline.Web.Features.PrayerTimes;

/// <summary>
/// The reader's chosen city. Cached pages never read it (they show the default city to everyone); widgets.js
/// reads it to refresh the header widgets, and the prayer-times page reads and writes it.
/// </summary>
public static class CityCookie
{
    public const string Name = "dl_city";

    public static UaeCity? Read(HttpRequest request) =>
        UaeCities.TryFind(request.Cookies[Name], out var city) ? city : null;

    public static void Write(HttpResponse response, UaeCity city)
    {
        // Not HttpOnly: widgets.js reads it. It holds only a public city slug.
        response.Cookies.Append(Name, city.Id, new CookieOptions
        {
            Path = "/",
            MaxAge = TimeSpan.FromDays(365),
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            HttpOnly = false,
            IsEssential = true,
        });
    }
}
