using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dateline.IntegrationTests.Accounts;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Newsroom.Stories.Api;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Taxonomy;

/// <summary>
/// The Admins' taxonomy pages over HTTP: each change shows at once on public pages that were already cached, including
/// the pages of stories published before the change, and is in the audit log. Once per database provider.
/// </summary>
public abstract class TaxonomyAdminTests(DatelineFactory factory)
{
    private readonly TestContent _content = new(factory);

    [SkippableFact]
    public async Task A_new_section_joins_the_public_navigation_in_the_order_the_admin_gives_it()
    {
        factory.RequireDatabase();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var reader = factory.CreateClient();
        await NavigationAsync(reader);
        var name = "Culture " + _content.Unique;

        var created = await PostAsync(admin, "/newsroom/sections?handler=Create&edition=en", new() { ["NewName"] = name, ["NewInNavigation"] = "true" }, "/newsroom/sections");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var nav = await NavigationAsync(reader);
        Assert.Equal(name, nav[^1]);
        var id = await IdOfSectionAsync(name);

        await PostAsync(admin, "/newsroom/sections?handler=Move&edition=en", new() { ["id"] = id, ["step"] = "-1" }, "/newsroom/sections");
        nav = await NavigationAsync(reader);
        Assert.Equal(name, nav[^2]);

        await PostAsync(admin, "/newsroom/sections?handler=Navigation&edition=en", new() { ["id"] = id, ["show"] = "false" }, "/newsroom/sections");
        Assert.DoesNotContain(name, await NavigationAsync(reader));
        Assert.Equal(["section.create", "section.move", "section.navigation"], await AuditActionsAsync("section", id));
    }

    [SkippableFact]
    public async Task Renaming_a_section_renames_it_in_the_navigation_and_on_stories_already_published()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync(name: "Old section " + _content.Unique);
        var story = await PublishAsync(section.Slug);
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var reader = factory.CreateClient();
        await HtmlPage.GetAsync(reader, story);
        var newName = "New section " + _content.Unique;

        var renamed = await PostAsync(admin, "/newsroom/sections?handler=Rename&edition=en", new() { ["id"] = section.Id.ToString(Inv), ["name"] = newName }, "/newsroom/sections");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var (_, page) = await HtmlPage.GetAsync(reader, story);
        Assert.Equal(newName, page.QuerySelector(".story__header .kicker")?.TextContent);
        Assert.Contains(newName, await NavigationAsync(reader));
    }

    [SkippableFact]
    public async Task A_renamed_topic_shows_its_new_name_and_its_old_address_301s_to_the_new_one()
    {
        factory.RequireDatabase();
        var topicName = "Old topic " + _content.Unique;
        var section = await _content.SectionAsync();
        var story = await PublishAsync(section.Slug, topics: [topicName]);
        var topic = await _content.QueryAsync(db => db.Topics.SingleAsync(t => t.EditionCode == "en" && t.Name == topicName));
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var reader = factory.CreateClient();
        await HtmlPage.GetAsync(reader, story);
        var newName = "Renamed topic " + _content.Unique;

        var renamed = await PostAsync(admin, "/newsroom/topics?handler=Rename&edition=en", new() { ["id"] = topic.Id.ToString(Inv), ["name"] = newName }, "/newsroom/topics");

        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var newSlug = Slug.From(newName);
        var (_, page) = await HtmlPage.GetAsync(reader, story);
        var chip = page.QuerySelector("[data-testid='related-topics'] a");
        Assert.Equal(newName, chip?.TextContent);
        Assert.Equal(ArticlePaths.Topic("en", newSlug), chip?.GetAttribute("href"));
        var old = await NoRedirects().GetAsync(ArticlePaths.Topic("en", topic.Slug));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(ArticlePaths.Topic("en", newSlug), old.Headers.Location?.OriginalString);
        Assert.Equal(["topic.rename"], await AuditActionsAsync("topic", topic.Id.ToString(Inv)));
    }

    [SkippableFact]
    public async Task Merging_topics_moves_the_stories_and_301s_the_old_address_to_the_survivor()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync();
        var goner = "Gulf weather " + _content.Unique;
        var survivor = "Weather " + _content.Unique;
        var story = await PublishAsync(section.Slug, topics: [goner]);
        var both = await PublishAsync(section.Slug, topics: [goner, survivor]);
        var from = await _content.QueryAsync(db => db.Topics.SingleAsync(t => t.EditionCode == "en" && t.Name == goner));
        var into = await _content.QueryAsync(db => db.Topics.SingleAsync(t => t.EditionCode == "en" && t.Name == survivor));
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var reader = factory.CreateClient();
        await HtmlPage.GetAsync(reader, story);
        await HtmlPage.GetAsync(reader, ArticlePaths.Topic("en", into.Slug));

        var merged = await PostAsync(admin, "/newsroom/topics?handler=Merge&edition=en", new() { ["id"] = from.Id.ToString(Inv), ["into"] = survivor }, "/newsroom/topics");

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var old = await NoRedirects().GetAsync(ArticlePaths.Topic("en", from.Slug));
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal(ArticlePaths.Topic("en", into.Slug), old.Headers.Location?.OriginalString);
        var (_, list) = await HtmlPage.GetAsync(reader, ArticlePaths.Topic("en", into.Slug));
        Assert.Equal(2, list.QuerySelectorAll("[data-list] .card__title a").Length);
        var (_, page) = await HtmlPage.GetAsync(reader, story);
        Assert.Equal([survivor], page.QuerySelectorAll("[data-testid='related-topics'] a").Select(a => a.TextContent));
        var (_, twice) = await HtmlPage.GetAsync(reader, both);
        Assert.Equal([survivor], twice.QuerySelectorAll("[data-testid='related-topics'] a").Select(a => a.TextContent));
        Assert.False(await _content.QueryAsync(db => db.Topics.AnyAsync(t => t.Id == from.Id)));
        var workingCopies = await _content.QueryAsync(db => db.Stories.AsNoTracking().Where(s => s.EditionCode == "en").Select(s => s.Fields).ToListAsync());
        Assert.DoesNotContain(workingCopies, f => f.TopicIds.Contains(from.Id));
        Assert.Equal(["topic.merge"], await AuditActionsAsync("topic", from.Id.ToString(Inv)));
    }

    [SkippableFact]
    public async Task An_author_edited_by_an_admin_shows_the_new_name_bio_and_photo_on_bylines_and_the_author_page()
    {
        factory.RequireDatabase();
        var author = await _content.AuthorAsync();
        var photo = await PhotoAsync();
        var section = await _content.SectionAsync();
        var story = await PublishAsync(section.Slug, authors: [author.Slug]);
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);
        var reader = factory.CreateClient();
        await HtmlPage.GetAsync(reader, story);
        var slug = "rania-haddad-" + _content.Unique.ToLowerInvariant();

        var saved = await PostAsync(admin, $"/newsroom/authors/{author.Id}", new()
        {
            ["Form.Name"] = "Rania Haddad",
            ["Form.NameAr"] = "رانيا حداد",
            ["Form.Slug"] = slug,
            ["Form.Bio"] = "Covers the Gulf economy.",
            ["Form.BioAr"] = "تغطي اقتصاد الخليج.",
            ["Form.Photo"] = photo.ToString(Inv),
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, page) = await HtmlPage.GetAsync(reader, story);
        var byline = page.QuerySelector("[data-testid='byline'] a");
        Assert.Equal("Rania Haddad", byline?.TextContent);
        Assert.Equal(ArticlePaths.Author("en", slug), byline?.GetAttribute("href"));
        var (response, authorPage) = await HtmlPage.GetAsync(reader, ArticlePaths.Author("ar", slug));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("رانيا حداد", authorPage.QuerySelector("h1")?.TextContent);
        Assert.Equal("تغطي اقتصاد الخليج.", authorPage.TestId("author-bio"));
        Assert.Contains($"/media/{photo}/", authorPage.QuerySelector("[data-testid='author-header'] img")?.GetAttribute("src") ?? "", StringComparison.Ordinal);
        Assert.Equal(["author.update"], await AuditActionsAsync("author", author.Id.ToString(Inv)));
    }

    [SkippableFact]
    public async Task An_agencys_new_credit_line_begins_its_stories_at_once()
    {
        factory.RequireDatabase();
        var agency = await _content.AgencyAsync();
        var section = await _content.SectionAsync();
        var story = await PublishAsync(section.Slug, agency: agency.Code);
        var reader = factory.CreateClient();
        var (_, before) = await HtmlPage.GetAsync(reader, story);
        Assert.Contains("– AFP:", before.TestId("article-body"), StringComparison.Ordinal);
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);

        var saved = await PostAsync(admin, "/newsroom/agencies?handler=Save", new()
        {
            ["id"] = agency.Id.ToString(Inv),
            ["code"] = agency.Code,
            ["name"] = "Agence France-Presse",
            ["credit"] = "AFP Newswire",
            ["creditAr"] = "وكالة الصحافة الفرنسية",
        }, "/newsroom/agencies");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await HtmlPage.GetAsync(reader, story);
        Assert.Contains("– AFP Newswire:", after.TestId("article-body"), StringComparison.Ordinal);
        Assert.Equal(["agency.update"], await AuditActionsAsync("agency", agency.Id.ToString(Inv)));
    }

    [SkippableTheory]
    [InlineData("/newsroom/sections?handler=Create&edition=en", "NewName", "", "/newsroom/sections")]
    [InlineData("/newsroom/agencies?handler=Create", "code", "has space", "/newsroom/agencies")]
    [InlineData("/newsroom/authors?handler=Create", "NewName", "   ", "/newsroom/authors")]
    public async Task Bad_input_shows_the_page_again_with_422_and_what_was_wrong(string action, string field, string value, string page)
    {
        factory.RequireDatabase();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin);

        var response = await PostAsync(admin, action, new() { [field] = value, ["name"] = "Name", ["credit"] = "X", ["creditAr"] = "س" }, page);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(document.TestId("taxonomy-error")));
    }

    [SkippableFact]
    public async Task Merging_into_an_unknown_topic_or_renaming_onto_another_topics_address_is_refused_in_arabic_for_an_arabic_admin()
    {
        factory.RequireDatabase();
        var one = await _content.TopicAsync(name: "Alpha " + _content.Unique);
        var two = await _content.TopicAsync(name: "Beta " + _content.Unique);
        await _content.QueryAsync(db => db.Topics.Where(t => t.Id == two.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Slug, Slug.From("Gamma " + _content.Unique))));
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, NewsroomLanguages.Arabic);

        var merge = await PostAsync(admin, "/newsroom/topics?handler=Merge&edition=en", new() { ["id"] = one.Id.ToString(Inv), ["into"] = "no such topic " + _content.Unique }, "/newsroom/topics");
        var rename = await PostAsync(admin, "/newsroom/topics?handler=Rename&edition=en", new() { ["id"] = one.Id.ToString(Inv), ["name"] = "Gamma " + _content.Unique }, "/newsroom/topics");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, merge.StatusCode);
        Assert.Contains("لا يوجد موضوع آخر", await merge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rename.StatusCode);
        Assert.Contains("هذا العنوان مستخدم من قبل", await rename.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await _content.QueryAsync(db => db.Topics.AnyAsync(t => t.Id == one.Id && t.Name == one.Name)));
    }

    [SkippableTheory]
    [InlineData("/newsroom/sections")]
    [InlineData("/newsroom/topics")]
    [InlineData("/newsroom/authors")]
    [InlineData("/newsroom/agencies")]
    public async Task Each_page_speaks_arabic_right_to_left_for_an_arabic_admin(string path)
    {
        factory.RequireDatabase();
        var admin = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Admin, NewsroomLanguages.Arabic);

        var (response, page) = await HtmlPage.GetAsync(admin, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("rtl", page.DocumentElement.GetAttribute("dir"));
        Assert.Equal("ar", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("page", page.QuerySelector($".nr-tabs a[href='{path}']")?.GetAttribute("aria-current"));
        Assert.Contains("التصنيفات", page.QuerySelector(".nr-nav")?.TextContent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_editor_may_neither_open_nor_post_to_the_taxonomy_pages()
    {
        factory.RequireDatabase();
        var section = await _content.SectionAsync(name: "Kept " + _content.Unique);
        var editor = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/newsroom/sections")).StatusCode);
        var post = await PostAsync(editor, "/newsroom/sections?handler=Rename&edition=en", new() { ["id"] = section.Id.ToString(Inv), ["name"] = "Taken over" }, "/newsroom");

        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.True(await _content.QueryAsync(db => db.Sections.AnyAsync(s => s.Id == section.Id && s.Name == section.Name)));
    }

    private HttpClient NoRedirects() =>
        factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string action, Dictionary<string, string> fields, string? page = null) =>
        TwoFactorEnrolment.PostAsync(client, action, fields, page);

    private static async Task<IReadOnlyList<string>> NavigationAsync(HttpClient reader)
    {
        var (_, home) = await HtmlPage.GetAsync(reader, "/en");
        return [.. home.QuerySelectorAll(".section-nav a").Select(a => a.TextContent)];
    }

    private Task<string> IdOfSectionAsync(string name) =>
        _content.QueryAsync(async db => (await db.Sections.SingleAsync(s => s.Name == name)).Id.ToString(Inv));

    private Task<List<string>> AuditActionsAsync(string targetType, string id) =>
        _content.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.TargetType == targetType && e.TargetId == id).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    private Task<int> PhotoAsync() => _content.QueryAsync(async db =>
    {
        var asset = new Dateline.Web.Features.Media.MediaAsset
        {
            StorageKey = $"originals/test/{Guid.NewGuid():N}.jpg",
            OriginalFileName = "portrait.jpg",
            ContentType = "image/jpeg",
            Width = 800,
            Height = 800,
            Length = 1000,
            CreatedAt = DateTime.UtcNow,
            AltText = "Portrait",
            Renditions = Dateline.Web.Features.Media.RenditionProgress.Complete,
        };
        db.MediaAssets.Add(asset);
        await db.SaveChangesAsync();
        return asset.Id;
    });

    /// <summary>Publishes a story through the management API (so its page is a published snapshot); returns its path.</summary>
    private async Task<string> PublishAsync(string section, string[]? topics = null, string[]? authors = null, string? agency = null)
    {
        var client = NewsroomUsers.Client(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await NewsroomUsers.ApiTokenAsync(factory, NewsroomRoles.Editor));
        var created = await client.PostAsJsonAsync(NewsroomArticlesApi.BasePath, new
        {
            edition = "en",
            headline = "Taxonomy story " + Guid.NewGuid().ToString("N")[..8],
            bodyHtml = "<p>First paragraph.</p>",
            section,
            topics = topics ?? [],
            authors = authors ?? [],
            agency,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var story = (await created.Content.ReadFromJsonAsync<ArticleCreated>())!;
        var published = await client.PostAsync($"{NewsroomArticlesApi.BasePath}/{story.Id}/publish", null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var article = await _content.QueryAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == story.Id));
        return ArticlePaths.Article("en", article.Id, article.Slug);
    }
}
