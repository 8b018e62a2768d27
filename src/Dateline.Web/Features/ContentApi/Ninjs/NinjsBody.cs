namespace Dateline.Web.Features.ContentApi.Ninjs;

public sealed record NinjsBody(string Role, string ContentType, string Value);
