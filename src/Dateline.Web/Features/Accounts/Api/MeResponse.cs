namespace Dateline.Web.Features.Accounts.Api;

public sealed record MeResponse(int Id, string Email, string Name, string UiLanguage, IReadOnlyList<string> Roles);
