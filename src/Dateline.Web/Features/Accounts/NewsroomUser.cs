using Microsoft.AspNetCore.Identity;

namespace Dateline.Web.Features.Accounts;

/// <summary>A newsroom account: Identity's user with Dateline's own fields. Readers have no accounts.</summary>
public sealed class NewsroomUser : IdentityUser<int>
{
    /// <summary>The name shown in the newsroom and in the audit log.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The newsroom's interface language for this user: <c>en</c> or <c>ar</c> (right-to-left).</summary>
    public string UiLanguage { get; set; } = NewsroomLanguages.English;

    /// <summary>A disabled user cannot sign in, and their cookies and API tokens stop working.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedAt { get; set; }
}
