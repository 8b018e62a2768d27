using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using System.Text.Json;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Infrastructure.Data;

namespace Dateline.Web.Features.Audit;

/// <summary>
/// Writes the audit log. <see cref="Stage"/> adds an entry to the context so that it commits with the change it
/// records (the caller's next SaveChanges, in its transaction); <see cref="RecordAsync"/> stages and saves, for
/// actions that write nothing else (a refused sign-in). The actor defaults to the request's user, or the command
/// line outside a request; the client's network comes from the request.
/// </summary>
public sealed class AuditLog(DatelineDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public const string CommandLineActor = "system:cli";

    public void Stage(string action, string? targetType = null, string? targetId = null, object? detail = null, AuditActor? actor = null)
    {
        var context = http.HttpContext;
        actor ??= ActorOf(context?.User);
        var json = detail is null ? null : JsonSerializer.Serialize(detail, JsonSerializerOptions.Web);
        db.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            ActorId = actor.Id,
            ActorName = Truncate(actor.Name, 256),
            Action = action,
            TargetType = targetType,
            TargetId = targetId,
            Detail = json is null ? null : Truncate(json, AuditEntry.DetailLength),
            ClientNetwork = context is null ? null : NetworkOf(context.Connection.RemoteIpAddress),
        });
    }

    public async Task RecordAsync(
        string action, string? targetType, string? targetId, object? detail, CancellationToken cancellationToken, AuditActor? actor = null)
    {
        Stage(action, targetType, targetId, detail, actor);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The address with its host part zeroed: IPv4 to /24, IPv6 to /48.</summary>
    public static string? NetworkOf(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        var keep = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        for (var i = keep; i < bytes.Length; i++)
        {
            bytes[i] = 0;
        }

        return $"{new IPAddress(bytes)}/{keep * 8}";
    }

    private static AuditActor ActorOf(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true && user.FindFirstValue(ClaimTypes.NameIdentifier) is { } id
            ? new AuditActor(id, user.FindFirstValue(NewsroomClaims.DisplayName) ?? user.Identity.Name ?? id)
            : new AuditActor(CommandLineActor, "Command line");

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
