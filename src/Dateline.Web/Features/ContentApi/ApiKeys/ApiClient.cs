namespace Dateline.Web.Features.ContentApi.ApiKeys;

/// <summary>Who is calling the content API: a key's id and name, or nobody (anonymous, limited by address).</summary>
public sealed record ApiClient(int? KeyId, string? KeyName)
{
    public static ApiClient Anonymous { get; } = new(null, null);
}
