namespace Dateline.Web.Features.Authors.Public;

public sealed record AuthorPhoto(int Id, int Width, int Height);
