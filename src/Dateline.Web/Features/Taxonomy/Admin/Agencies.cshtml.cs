using Dateline.Web.Features.Agencies;
using Dateline.Web.Features.Editions;
using Dateline.Web.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>The agencies and their credit lines ("Sharjah 24 – AFP:"): edit each in place, add one.</summary>
public sealed class AgenciesModel(EditionCatalog catalog, DatelineDbContext db, TaxonomyEditing editing) : TaxonomyPageModel(catalog)
{
    public IReadOnlyList<Agency> Agencies { get; private set; } = [];

    public string SiteNameEn { get; private set; } = "";

    public string SiteNameAr { get; private set; } = "";

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(int id, string? code, string? name, string? credit, string? creditAr, CancellationToken cancellationToken) =>
        await AnswerAsync(
            await editing.SaveAgencyAsync(id, new AgencyChange(code, name, credit, creditAr), cancellationToken), "/newsroom/agencies", () => LoadAsync(cancellationToken));

    public async Task<IActionResult> OnPostCreateAsync(string? code, string? name, string? credit, string? creditAr, CancellationToken cancellationToken) =>
        await AnswerAsync(
            await editing.SaveAgencyAsync(null, new AgencyChange(code, name, credit, creditAr), cancellationToken), "/newsroom/agencies", () => LoadAsync(cancellationToken));

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await SetEditionAsync(null, cancellationToken);
        Title = T.Agencies;
        SiteNameEn = Editions.FirstOrDefault(e => e.Code == "en")?.SiteName ?? "";
        SiteNameAr = Editions.FirstOrDefault(e => e.Code == "ar")?.SiteName ?? "";
        Agencies = await db.Agencies.AsNoTracking().OrderBy(a => a.Name).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }
}
