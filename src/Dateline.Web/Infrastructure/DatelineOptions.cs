using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Infrastructure;

/// <summary>Host-wide settings, bound from the <c>Dateline</c> configuration section.</summary>
public sealed class DatelineOptions
{
    public const string SectionName = "Dateline";

    /// <summary>Folder for the SQLite file and local media; relative paths resolve against the working directory.</summary>
    [Required]
    public string DataPath { get; set; } = "data";

    /// <summary>Seed demo editions, sections and articles into an empty database on start.</summary>
    public bool SeedDemoContent { get; set; } = true;

    /// <summary>IANA time zone in which dates are shown to readers.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Dubai";

    /// <summary>Public base URL used in feeds, sitemaps and canonical links; empty means the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    public string ResolveDataPath() => Path.GetFullPath(DataPath);
}
