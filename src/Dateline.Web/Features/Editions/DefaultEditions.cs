using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Features.Editions;

/// <summary>
/// Makes sure the English and Arabic editions exist, branded from configuration (<c>Editions:en</c>, <c>Editions:ar</c>).
/// Existing editions are left as the newsroom set them.
/// </summary>
internal sealed class DefaultEditions(IConfiguration configuration, EditionCatalog catalog) : IStartupDataStep
{
    public int Order => 0;

    public async Task RunAsync(DatelineDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.Editions.Select(e => e.Code).ToListAsync(cancellationToken);
        var defaults = new[]
        {
            new Edition { Code = "en", Name = "English", Culture = "en-AE", Direction = TextDirection.Ltr, SiteName = "Sharjah 24", Tagline = "News from Sharjah, the UAE and the world", SortOrder = 0 },
            new Edition { Code = "ar", Name = "العربية", Culture = "ar-AE", Direction = TextDirection.Rtl, SiteName = "الشارقة 24", Tagline = "أخبار الشارقة والإمارات والعالم", SortOrder = 1 },
        };
        foreach (var edition in defaults.Where(d => !existing.Contains(d.Code)))
        {
            var settings = configuration.GetSection($"Editions:{edition.Code}").Get<EditionSettings>();
            if (settings is not null)
            {
                edition.Name = settings.Name ?? edition.Name;
                edition.Culture = settings.Culture ?? edition.Culture;
                edition.Direction = settings.Direction ?? edition.Direction;
                edition.SiteName = settings.SiteName ?? edition.SiteName;
                edition.Tagline = settings.Tagline ?? edition.Tagline;
                edition.SortOrder = settings.SortOrder ?? edition.SortOrder;
            }

            db.Editions.Add(edition);
        }

        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
    }
}
