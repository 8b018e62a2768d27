namespace Dateline.Web.Features.Accounts;

/// <summary>The newsroom's roles, from least to most trusted; each includes what the one before it may do.</summary>
public static class NewsroomRoles
{
    /// <summary>Writes and submits their own drafts.</summary>
    public const string Contributor = "Contributor";

    /// <summary>Edits any story, reviews, publishes, schedules, unpublishes and corrects.</summary>
    public const string Editor = "Editor";

    /// <summary>All an Editor may do, plus users, sections, topics, authors, agencies and settings.</summary>
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Contributor, Editor, Admin];
}
