using System.ComponentModel.DataAnnotations;

namespace Dateline.Web.Features.Newsroom.Stories.Api;

/// <summary>Settings of the management API (section <c>Newsroom:Api</c>).</summary>
public sealed class NewsroomApiOptions
{
    public const string SectionName = "Newsroom:Api";

    /// <summary>The largest request body accepted; larger ones get 413 before anything is read into memory.</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 1024 * 1024;
}
