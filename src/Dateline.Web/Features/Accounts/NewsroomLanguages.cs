namespace Dateline.Web.Features.Accounts;

/// <summary>The languages the newsroom's interface speaks; each user picks one.</summary>
public static class NewsroomLanguages
{
    public const string English = "en";
    public const string Arabic = "ar";

    public static readonly IReadOnlyList<string> All = [English, Arabic];

    /// <summary>Any unknown or missing value reads as English.</summary>
    public static string Normalize(string? code) => code == Arabic ? Arabic : English;
}
