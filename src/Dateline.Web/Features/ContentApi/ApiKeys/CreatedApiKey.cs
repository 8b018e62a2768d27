namespace Dateline.Web.Features.ContentApi.ApiKeys;

/// <summary>A key just created: <see cref="Key"/> is the only time the secret is available.</summary>
public sealed record CreatedApiKey(int Id, string Name, string Key);
