namespace Dateline.Web.Features.Media;

/// <summary>
/// An upload that is not an acceptable image. The newsroom shows its message as a form error; the API answers 413
/// when <see cref="TooLarge"/> (the file's size) and 422 otherwise (type, pixel count, corrupt or truncated data).
/// </summary>
public sealed class InvalidImageException : Exception
{
    public InvalidImageException(string message, bool tooLarge = false) : base(message)
    {
        TooLarge = tooLarge;
    }

    public InvalidImageException(string message, Exception inner) : base(message, inner)
    {
    }

    public bool TooLarge { get; }

    public int StatusCode => TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status422UnprocessableEntity;
}
