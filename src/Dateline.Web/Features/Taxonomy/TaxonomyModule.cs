namespace Dateline.Web.Features.Taxonomy;

/// <summary>The Admins' pages for sections, topics, authors and agencies under /newsroom.</summary>
public static class TaxonomyModule
{
    public static IHostApplicationBuilder AddTaxonomy(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PublishedNames>();
        builder.Services.AddScoped<TaxonomyEditing>();
        return builder;
    }
}
