using Dateline.Web.Features.ContentApi.ApiKeys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Dateline.Web.Infrastructure.OpenApi;

/// <summary>
/// Says, per operation, which credentials it takes: the content API an optional API key, endpoints behind an
/// authorization policy a bearer token (and the 401/403 they may answer), the rest none. Every error response is
/// described as problem+json.
/// </summary>
internal sealed class OperationSecurity : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var document = context.Document;
        operation.Security ??= [];
        if (metadata.OfType<ApiKeyRequirement>().Any())
        {
            // Anonymous or with a key: an empty requirement first says "no credentials" is acceptable too.
            operation.Security.Add(new OpenApiSecurityRequirement());
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentDescription.ApiKeyScheme, document)] = [] });
        }
        else if (metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(DocumentDescription.BearerScheme, document)] = [] });
            AddProblem(operation, "401", "Not signed in, or the token is not valid.");
            AddProblem(operation, "403", "Signed in without the role this needs.");
        }
        else
        {
            operation.Security.Add(new OpenApiSecurityRequirement());
        }

        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (status.Length == 3 && status[0] is '4' or '5' && response is OpenApiResponse concrete)
            {
                if (string.IsNullOrEmpty(concrete.Description) || concrete.Description == status)
                {
                    concrete.Description = Describe(status);
                }

                if (concrete.Content is not { Count: > 0 })
                {
                    concrete.Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() };
                }
            }
        }

        return Task.CompletedTask;
    }

    private static void AddProblem(OpenApiOperation operation, string status, string description)
    {
        operation.Responses ??= [];
        if (!operation.Responses.ContainsKey(status))
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() },
            };
        }
    }

    private static string Describe(string status) => status switch
    {
        "400" => "The request is not valid; the problem's detail says why.",
        "401" => "Credentials are missing or not valid.",
        "403" => "The credentials do not allow this.",
        "404" => "There is no such resource.",
        "409" => "The resource changed meanwhile.",
        "413" => "The request is too large.",
        "422" => "The request is well formed but cannot be processed.",
        "429" => "Too many requests; Retry-After says when to try again.",
        "503" => "Temporarily unavailable; Retry-After says when to try again.",
        _ => "An error, as problem details.",
    };
}
