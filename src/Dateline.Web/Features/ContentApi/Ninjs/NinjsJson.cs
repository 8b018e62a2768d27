using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Metadata;

namespace Dateline.Web.Features.ContentApi.Ninjs;

/// <summary>A ninjs item as <c>application/ninjs+json</c>, with the content API's ETag and caching headers.</summary>
public sealed class NinjsJson(NinjsItem item, IReadOnlyCollection<string> tags) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<NinjsItem>, IValueHttpResult
{
    /// <summary>camelCase names as the schema spells them; absent rather than null, as ninjs has no nulls.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public NinjsItem Value => item;

    object? IValueHttpResult.Value => item;

    public int? StatusCode => StatusCodes.Status200OK;

    public Task ExecuteAsync(HttpContext httpContext) =>
        ContentResponse.WriteAsync(httpContext, JsonSerializer.SerializeToUtf8Bytes(item, SerializerOptions), NinjsItem.MediaType + "; charset=utf-8", tags);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(NinjsItem), [NinjsItem.MediaType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}
