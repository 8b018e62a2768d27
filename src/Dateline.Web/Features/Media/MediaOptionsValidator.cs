using Microsoft.Extensions.Options;

namespace Dateline.Web.Features.Media;

/// <summary>Rejects media settings that would produce a broken srcset or unbounded work, when the host starts.</summary>
internal sealed class MediaOptionsValidator : IValidateOptions<MediaOptions>
{
    public const int MaxWidth = 4096;

    public ValidateOptionsResult Validate(string? name, MediaOptions options)
    {
        var failures = new List<string>();
        var widths = options.Widths;
        for (var i = 0; i < widths.Length; i++)
        {
            if (widths[i] is <= 0 or > MaxWidth)
            {
                failures.Add($"Media:Widths must be between 1 and {MaxWidth} pixels; {widths[i]} is not.");
            }
            else if (i > 0 && widths[i] <= widths[i - 1])
            {
                failures.Add($"Media:Widths must be in ascending order without repeats; {widths[i]} follows {widths[i - 1]}.");
            }
        }

        if (options.MaxUploadBytes <= 0)
        {
            failures.Add("Media:MaxUploadBytes must be positive.");
        }

        if (options.MaxUploadRequestBytes < options.MaxUploadBytes)
        {
            failures.Add("Media:MaxUploadRequestBytes must be at least Media:MaxUploadBytes (one image must fit in a request).");
        }

        if (options.MaxFilesPerUpload <= 0)
        {
            failures.Add("Media:MaxFilesPerUpload must be positive.");
        }

        if (options.MaxPixels <= 0)
        {
            failures.Add("Media:MaxPixels must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
