using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.StructuredData;
using Dateline.Web.Infrastructure.Caching;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Dateline.Web.Features.Home.Public;

[OutputCache(PolicyName = PublicPagePolicy.Name)]
public sealed class HomePageModel(EditionCatalog editions, LiveArticles articles, ReaderClock clock) : PublicPageModel
{
    public HomeContent Front { get; private set; } = null!;

    public ReaderClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string edition, CancellationToken cancellationToken)
    {
        if (await editions.FindAsync(edition, cancellationToken) is not { } found || found.Code != edition)
        {
            return NotFound();
        }

        Edition = found;
        HttpContext.TagOutputCache(CacheTags.Home(found.Code), CacheTags.EditionLists(found.Code));
        Front = await articles.HomeAsync(found.Code, found.Sections, latestCount: 13, perSection: 4, cancellationToken);
        Title = "";
        Description = found.Tagline;
        CanonicalPath = found.HomePath;
        AlternateEditionPath = ArticlePaths.Home(found.OtherCode);
        ActiveSectionSlug = "";
        FeedListPath = found.HomePath;
        StructuredData.Add(SchemaOrg.WebSite(found, Origin));
        StructuredData.Add(SchemaOrg.Organization(found, Origin));
        return Page();
    }
}
