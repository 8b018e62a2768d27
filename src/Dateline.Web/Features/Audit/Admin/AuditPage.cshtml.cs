using System.Globalization;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Infrastructure.Data;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Audit.Admin;

/// <summary>
/// The audit log for Admins, newest first: filters by actor (name or id), action and a UTC date range; keyset pages
/// by entry id (<c>?before=</c>), so a page costs the same however deep.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public sealed class AuditPageModel(DatelineDbContext db) : NewsroomPageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> Actions { get; private set; } = [];

    public string? NextPage { get; private set; }

    public bool Invalid { get; private set; }

    public static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = Text.AuditLog;
        Actions = await db.AuditEntries.AsNoTracking().Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(cancellationToken);
        if (!ModelState.IsValid || From > To)
        {
            Invalid = true;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return;
        }

        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(e => e.ActorId == actor || e.ActorName.Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            query = query.Where(e => e.Action == Action.Trim());
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.At < end);
        }

        if (Before is { } before)
        {
            query = query.Where(e => e.Id < before);
        }

        var rows = await query.OrderByDescending(e => e.Id).Take(PageSize + 1).ToListAsync(cancellationToken);
        Entries = rows.Count > PageSize ? rows[..PageSize] : rows;
        if (rows.Count > PageSize)
        {
            NextPage = QueryFor(Entries[^1].Id);
        }
    }

    private string QueryFor(long before)
    {
        var parts = new List<string>();
        Add("actor", Actor);
        Add("action", Action);
        Add("from", From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("before", before.ToString(CultureInfo.InvariantCulture));
        return "/newsroom/audit?" + string.Join("&", parts);

        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
            }
        }
    }
}
