using Dateline.Web.Features.Accounts;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Dateline.Web.Shared;

/// <summary>Base of every newsroom page: what the newsroom layout needs (title, the user's interface language).</summary>
public abstract class NewsroomPageModel : PageModel
{
    private string? _uiLanguage;

    public string Title { get; protected set; } = "";

    /// <summary>The signed-in user's choice (a claim of their cookie); pages before sign-in set it themselves.</summary>
    public string UiLanguage
    {
        get => _uiLanguage ??= NewsroomLanguages.Normalize(User.FindFirst(NewsroomClaims.UiLanguage)?.Value);
        protected set => _uiLanguage = NewsroomLanguages.Normalize(value);
    }

    public string Dir => UiLanguage == NewsroomLanguages.Arabic ? "rtl" : "ltr";

    public NewsroomText Text => NewsroomText.For(UiLanguage);

    public string UserDisplayName => User.FindFirst(NewsroomClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";
}
