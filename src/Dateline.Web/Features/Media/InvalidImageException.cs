namespace Dateline.Web.Features.Media;

/// <summary>An upload that is not an acceptable image; the newsroom shows its message as a form error.</summary>
public sealed class InvalidImageException : Exception
{
    public InvalidImageException(string message) : base(message)
    {
    }

    public InvalidImageException(string message, Exception inner) : base(message, inner)
    {
    }
}
