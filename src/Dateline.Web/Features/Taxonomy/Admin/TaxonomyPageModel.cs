using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Editions;
using Dateline.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Features.Taxonomy.Admin;

/// <summary>
/// The taxonomy pages' common ground: Admins only, the interface text, the edition being edited (sections and topics
/// belong to one), and the answer to a change: a redirect with a notice, 404, or the page again with 422 and why.
/// </summary>
[Authorize(Policy = NewsroomPolicies.Admin)]
public abstract class TaxonomyPageModel(EditionCatalog catalog) : NewsroomPageModel
{
    public TaxonomyText T => TaxonomyText.For(UiLanguage);

    public IReadOnlyList<EditionView> Editions { get; private set; } = [];

    /// <summary>The edition's code, from <c>?edition=</c>; the first edition when missing or unknown.</summary>
    public string Edition { get; private set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Notice { get; private set; }

    public string EditionName(EditionView edition) =>
        edition.Code == "ar" ? T.ArabicEdition : edition.Code == "en" ? T.EnglishEdition : edition.Name;

    protected async Task SetEditionAsync(string? edition, CancellationToken cancellationToken)
    {
        Editions = await catalog.AllAsync(cancellationToken);
        Edition = Editions.FirstOrDefault(e => string.Equals(e.Code, edition, StringComparison.OrdinalIgnoreCase))?.Code
            ?? (Editions.Count > 0 ? Editions[0].Code : "en");
        Notice = Request.Query.ContainsKey("done") ? T.Saved : null;
    }

    /// <summary>Redirects to <paramref name="page"/> with the saved notice, or shows the page again with what was wrong.</summary>
    protected async Task<IActionResult> AnswerAsync(TaxonomyProblem? problem, string page, Func<Task> reload)
    {
        if (problem is null)
        {
            return Redirect(page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "done=1");
        }

        if (problem == TaxonomyProblem.NotFound)
        {
            return NotFound();
        }

        return await RefusedAsync([T.Explain(problem.Value)], reload);
    }

    protected async Task<IActionResult> RefusedAsync(IReadOnlyList<string> errors, Func<Task> reload)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await reload();
        return Page();
    }
}
