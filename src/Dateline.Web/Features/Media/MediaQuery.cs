namespace Dateline.Web.Features.Media;

/// <summary>
/// What the library is asked for: words found in the caption, credit or keywords, a licence, an uploader, an upload
/// date range (UTC dates, inclusive), newest first, and <see cref="Before"/> the last id of the previous page.
/// </summary>
public sealed record MediaQuery(
    string? Text = null, MediaLicence? Licence = null, string? Uploader = null, DateOnly? From = null, DateOnly? To = null,
    int? Before = null);
