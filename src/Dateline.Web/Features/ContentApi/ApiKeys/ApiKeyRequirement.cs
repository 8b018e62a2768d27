namespace Dateline.Web.Features.ContentApi.ApiKeys;

/// <summary>Endpoint metadata: the endpoint reads an optional (or, when anonymous access is off, required) API key.</summary>
public sealed class ApiKeyRequirement
{
    public const string HeaderName = "X-Api-Key";

    public static ApiKeyRequirement Instance { get; } = new();
}
