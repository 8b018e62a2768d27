namespace Dateline.Web.Features.Media;

/// <summary>
/// A stored file opened for reading, with the facts HTTP caching needs. The caller owns <see cref="Content"/> and
/// disposes it (an HTTP file result does so itself).
/// </summary>
public sealed record StoredMedia(Stream Content, long Length, DateTimeOffset LastModified);
