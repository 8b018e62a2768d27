using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Articles;
using Microsoft.EntityFrameworkCore;
using static Dateline.IntegrationTests.Newsroom.Desk.DeskForms;

namespace Dateline.IntegrationTests.Newsroom.Desk;

/// <summary>
/// The story editor's topic autocomplete and topic creation, the pinned-related picker (JSON for the script, form
/// posts without it) and linked translations, over HTTP with the real database.
/// </summary>
public sealed class StoryPickersTests(DatelineFactory factory) : IClassFixture<DatelineFactory>
{
    private readonly TestContent _content = new(factory);

    private string U => _content.Unique;

    private sealed record TopicJson(int Id, string Name, string Slug, int Stories);

    private sealed record StoryJson(int Id, string Headline, DateTime? PublishedAt, bool IsLive);

    [Fact]
    public async Task Topic_autocomplete_finds_a_topic_by_the_start_of_any_word_ignoring_letter_case()
    {
        var topic = await _content.TopicAsync("en", $"Harbour Expansion {U}");
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var byLaterWord = await client.GetFromJsonAsync<List<TopicJson>>($"/api/v1/newsroom/topics?edition=en&q=EXPANSION%20{U}");
        var byFirstWord = await client.GetFromJsonAsync<List<TopicJson>>($"/api/v1/newsroom/topics?edition=en&q=harb");
        var inTheMiddle = await client.GetFromJsonAsync<List<TopicJson>>($"/api/v1/newsroom/topics?edition=en&q=xpansion%20{U}");
        var otherEdition = await client.GetFromJsonAsync<List<TopicJson>>($"/api/v1/newsroom/topics?edition=ar&q=EXPANSION%20{U}");

        Assert.Equal(topic.Id, Assert.Single(byLaterWord!).Id);
        Assert.Contains(byFirstWord!, t => t.Id == topic.Id);
        Assert.Empty(inTheMiddle!);
        Assert.Empty(otherEdition!);
    }

    [Fact]
    public async Task Arabic_topic_autocomplete_ignores_hamza_taa_marbuta_and_the_definite_article()
    {
        var topic = await _content.TopicAsync("ar", $"الإمارات الشمالية {U}");
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor, NewsroomLanguages.Arabic);

        var withoutHamza = await client.GetFromJsonAsync<List<TopicJson>>($"/api/v1/newsroom/topics?edition=ar&q={Uri.EscapeDataString("الامارات الشماليه " + U)}");
        var withoutArticle = await client.GetFromJsonAsync<List<TopicJson>>($"/api/v1/newsroom/topics?edition=ar&q={Uri.EscapeDataString("امارات الشمالية " + U)}");

        Assert.Equal(topic.Id, Assert.Single(withoutHamza!).Id);
        Assert.Equal(topic.Id, Assert.Single(withoutArticle!).Id);
    }

    [Fact]
    public async Task Lookups_refuse_an_unknown_edition_and_an_overlong_query_with_a_problem()
    {
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var unknown = await client.GetAsync("/api/v1/newsroom/topics?edition=xx&q=a");
        var overlong = await client.GetAsync($"/api/v1/newsroom/related?edition=en&q={new string('a', 101)}");
        var empty = await client.GetFromJsonAsync<List<TopicJson>>("/api/v1/newsroom/topics?edition=en&q=");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Equal("application/problem+json", overlong.Content.Headers.ContentType?.MediaType);
        Assert.Empty(empty!);
    }

    [Fact]
    public async Task Typed_topic_names_reuse_existing_topics_ignoring_case_and_spelling_and_create_each_new_one_once()
    {
        var existing = await _content.TopicAsync("en", $"Harbour Expansion {U}");
        var section = await _content.SectionAsync();
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor);

        var first = await SaveNewAsync(client, "en", section.Id, $"Cranes arrive {U}", $"harbour EXPANSION {U}, Night Shipping {U}");
        var second = await SaveNewAsync(client, "en", section.Id, $"Cranes tested {U}", $"NIGHT shipping {U}");
        var page = await GetAsync(client, second);

        var firstTopics = await TopicsOfAsync(first);
        var secondTopics = await TopicsOfAsync(second);
        var created = await _content.QueryAsync(db => db.Topics.Where(t => t.Name.Contains(U) && t.Name.Contains("Shipping")).ToListAsync());
        Assert.Equal([existing.Id, Assert.Single(created).Id], firstTopics);
        Assert.Equal([created[0].Id], secondTopics);
        Assert.Equal($"Night Shipping {U}", created[0].Name);
        Assert.Equal($"Night Shipping {U}", page.QuerySelector("[data-testid='topics']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_arabic_topic_typed_without_hamza_reuses_the_topic_spelled_with_it()
    {
        var existing = await _content.TopicAsync("ar", $"الإمارات {U}");
        var section = await _content.SectionAsync("ar");
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Editor, NewsroomLanguages.Arabic);

        var story = await SaveNewAsync(client, "ar", section.Id, $"خبر {U}", $"الامارات {U}، موضوع جديد {U}");

        var topics = await TopicsOfAsync(story);
        Assert.Equal(2, topics.Count);
        Assert.Equal(existing.Id, topics[0]);
    }

    [Fact]
    public async Task Related_search_offers_live_stories_of_the_edition_by_headline_without_drafts_or_excluded_ones()
    {
        var section = await _content.SectionAsync();
        var live = await _content.ArticleAsync(section, $"Camel race final {U}", withImage: false);
        var older = await _content.ArticleAsync(section, $"Camel race heats {U}", publishedAt: DateTime.UtcNow.AddDays(-2), withImage: false);
        await _content.ArticleAsync(section, $"Camel race draft {U}", status: ArticleStatus.Draft, withImage: false);
        var client = await NewsroomUsers.SignedInClientAsync(factory, NewsroomRoles.Contributor);

        var found = await client.GetFromJsonAsync<List<StoryJson>>($"/api/v1/newsroom/related?edition=en&q=CAMEL%20RACE&exclude=0");
        var excluded = await client.GetFromJsonAsync<List<StoryJson>>($"/api/v1/newsroom/related?edition=en&q=camel%20race%20final%20{U}&exclude={live.Id}");

        var mine = found!.Where(s => s.Headline.EndsWith(U, StringComparison.Ordinal)).Select(s => s.Id).ToList();
        Assert.Equal([live.Id, older.Id], mine);
        Assert.Empty(excluded!);
    }

    [Fact]
    public async Task Without_a_script_an_editor_finds_pins_orders_and_removes_stories_and_sees_them_with_headlines_after_saving()
    {
        var section = await _content.SectionAsync();
        var first = await _content.ArticleAsync(section, $"Falcon show opens {U}", withImage: false);
        var second = await _content.ArticleAsync(section, $"Falcon show prizes {U}", withImage: false);
        var third = await _content.ArticleAsync(section, $"Falcon show closes {U}", withImage: false);
        var (client, path) = await DraftAsync(factory, _content, NewsroomRoles.Editor, $"Falcon season {U}");
        var page = await GetAsync(client, path);

        var found = await PostAsync(client, path, Post(page, "pin-find", ("Form.PinQuery", $"falcon show")));
        Assert.NotNull(found.QuerySelector($"[data-testid='pin-results'] button[value='pin-add:{first.Id}']"));
        var pinned = await PostAsync(client, path, Post(found, $"pin-add:{first.Id}"));
        pinned = await PostAsync(client, path, Post(pinned, $"pin-add:{second.Id}"));
        pinned = await PostAsync(client, path, Post(pinned, $"pin-add:{third.Id}"));
        pinned = await PostAsync(client, path, Post(pinned, $"pin-up:{second.Id}"));
        pinned = await PostAsync(client, path, Post(pinned, $"pin-remove:{third.Id}"));
        Assert.NotNull(pinned.QuerySelector("[data-testid='pins-not-saved']"));
        var saved = await client.PostAsync(path, Post(pinned, "save"));
        var reloaded = await GetAsync(client, path);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var items = reloaded.QuerySelectorAll("[data-testid='pinned-list'] li").ToList();
        Assert.Equal([$"Falcon show prizes {U}", $"Falcon show opens {U}"], items.Select(li => li.QuerySelector("[data-pin-headline]")!.TextContent));
        Assert.Equal(
            [second.Id.ToString(CultureInfo.InvariantCulture), first.Id.ToString(CultureInfo.InvariantCulture)],
            items.Select(li => li.QuerySelector("input[name='Form.PinnedRelatedIds']")!.GetAttribute("value")));
        var stored = await _content.QueryAsync(db => db.Stories.Where(s => s.ArticleId == StoryId(path)).Select(s => s.Fields).SingleAsync());
        Assert.Equal([second.Id, first.Id], stored.PinnedRelatedIds);
    }

    [Fact]
    public async Task Create_arabic_version_makes_one_linked_draft_shown_beside_the_english_story_and_back()
    {
        var (client, path) = await DraftAsync(factory, _content, NewsroomRoles.Editor, $"Book fair opens {U}", "<p>Publishers from forty countries.</p>");
        var page = await GetAsync(client, path);
        var button = page.QuerySelector("[data-testid='create-translation']");
        Assert.Equal("Create Arabic version", button?.TextContent.Trim());

        var created = await client.PostAsync($"{path}?handler=translate", PostForm(page, "form[data-testid='translate-form']", null));
        var again = await client.PostAsync($"{path}?handler=translate", PostForm(page, "form[data-testid='translate-form']", null));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var arabicPath = created.Headers.Location!.OriginalString;
        Assert.Equal(arabicPath, again.Headers.Location?.OriginalString);

        var arabic = await GetAsync(client, arabicPath);
        var english = await GetAsync(client, path);
        Assert.Equal($"Book fair opens {U}", arabic.QuerySelector("[data-testid='beside-headline']")?.TextContent);
        Assert.Contains("Publishers from forty countries.", arabic.QuerySelector("[data-testid='beside-body']")?.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("en", arabic.QuerySelector("[data-testid='translation-beside'] [lang]")?.GetAttribute("lang"));
        Assert.Equal("ltr", arabic.QuerySelector("[data-testid='translation-beside'] [lang]")?.GetAttribute("dir"));
        Assert.Equal(path, arabic.QuerySelector("[data-testid='translation-link']")?.GetAttribute("href"));
        Assert.Equal(arabicPath, english.QuerySelector("[data-testid='translation-link']")?.GetAttribute("href"));
        Assert.Null(english.QuerySelector("[data-testid='create-translation']"));
        var groups = await _content.QueryAsync(db => db.Articles.Where(a => a.Id == StoryId(path) || a.Id == StoryId(arabicPath))
            .Select(a => new { a.EditionCode, a.TranslationGroupId }).ToListAsync());
        Assert.Equal(["ar", "en"], groups.Select(g => g.EditionCode).Order());
        Assert.All(groups, g => Assert.Equal(StoryId(path), g.TranslationGroupId));
    }

    [Fact]
    public async Task A_contributor_may_not_create_a_translation_of_someone_elses_story()
    {
        var (_, path) = await DraftAsync(factory, _content, NewsroomRoles.Editor, $"Port strike ends {U}");
        var (contributor, _) = await DraftAsync(factory, _content, NewsroomRoles.Contributor, $"My own story {U}");
        var token = await NewsroomUsers.AntiforgeryTokenAsync(contributor, "/newsroom/stories/new");

        var response = await contributor.PostAsync($"{path}?handler=translate", new FormUrlEncodedContent(
            [new("edition", "ar"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static int StoryId(string path) => int.Parse(path.Split('/')[^1], CultureInfo.InvariantCulture);

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostAsync(HttpClient client, string path, FormUrlEncodedContent form)
    {
        var response = await client.PostAsync(path, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await DocumentAsync(response);
    }

    private static async Task<string> SaveNewAsync(HttpClient client, string edition, int sectionId, string headline, string topics)
    {
        var page = await GetAsync(client, $"/newsroom/stories/new?edition={edition}");
        var created = await client.PostAsync("/newsroom/stories/new", Post(page, "save",
            ("Form.Headline", headline), ("Form.SectionId", sectionId.ToString(CultureInfo.InvariantCulture)), ("Form.Topics", topics)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.Headers.Location!.OriginalString.Split('?')[0];
    }

    private Task<List<int>> TopicsOfAsync(string path) =>
        _content.QueryAsync(async db => (await db.Stories.Where(s => s.ArticleId == StoryId(path)).Select(s => s.Fields).SingleAsync()).TopicIds.ToList());
}
