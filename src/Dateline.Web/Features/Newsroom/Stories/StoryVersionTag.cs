using System.Globalization;

namespace Dateline.Web.Features.Newsroom.Stories;

/// <summary>ETags of story versions: <c>"{id}-{version}"</c>, so a tag from another story never matches.</summary>
public static class StoryVersionTag
{
    public static string Format(int id, int version) => string.Create(CultureInfo.InvariantCulture, $"\"{id}-{version}\"");

    /// <summary>The version an If-Match header names: null when there is no header, -1 when it names another story or cannot be read (so it never matches).</summary>
    public static int? Parse(int id, string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var tag = header.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        var prefix = string.Create(CultureInfo.InvariantCulture, $"\"{id}-");
        return tag.StartsWith(prefix, StringComparison.Ordinal) && tag.EndsWith('"')
            && int.TryParse(tag.AsSpan(prefix.Length, tag.Length - prefix.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : -1;
    }
}
