using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;

namespace Dateline.IntegrationTests.Search;

public sealed class SearchTests(SearchFactory factory) : IClassFixture<SearchFactory>
{
    private readonly TestContent _content = new(factory);

    [Theory]
    [InlineData("ضمانات")] // without the definite article
    [InlineData("الضمانات")]
    [InlineData("ضَمَانَات")] // with tashkeel
    [InlineData("وضمانات")]
    public async Task Arabic_search_finds_a_word_with_or_without_the_article_and_tashkeel(string query)
    {
        var section = await _content.SectionAsync("ar");
        var article = await Newsroom.PublishAsync(factory, section, $"الحكومة تقدم الضمانات للمستثمرين {_content.Unique}", "<p>قدمت الحكومة ضمانات جديدة.</p>");

        var response = await Newsroom.EventuallyAsync(factory.CreateClient(), "ar", $"{query} {_content.Unique}", Newsroom.Finds(article));

        Assert.Contains(response.Results, r => r.Id == article.Id);
    }

    [Theory]
    [InlineData("أمارة", "إمارة")]
    [InlineData("امارة", "آمارة")]
    [InlineData("مدينة", "مدينه")]
    [InlineData("مدينه", "مدينة")]
    [InlineData("مستشفى", "مستشفي")]
    public async Task Arabic_search_matches_alef_forms_teh_marbuta_and_alef_maqsura(string written, string searched)
    {
        var section = await _content.SectionAsync("ar");
        var article = await Newsroom.PublishAsync(factory, section, $"خبر {written} {_content.Unique}");

        var response = await Newsroom.EventuallyAsync(factory.CreateClient(), "ar", $"{searched} {_content.Unique}", Newsroom.Finds(article));

        Assert.Contains(response.Results, r => r.Id == article.Id);
    }

    [Theory]
    [InlineData("guarantee")]
    [InlineData("guarantees")]
    [InlineData("guaranteed")]
    public async Task English_search_matches_other_endings_of_a_word(string query)
    {
        var section = await _content.SectionAsync();
        var article = await Newsroom.PublishAsync(factory, section, $"Bank guarantees deposits {_content.Unique}");

        var response = await Newsroom.EventuallyAsync(factory.CreateClient(), "en", $"{query} {_content.Unique}", Newsroom.Finds(article));

        var hit = Assert.Single(response.Results, r => r.Id == article.Id);
        Assert.Equal(ArticlePaths.Article("en", article.Id, article.Slug), hit.Url);
    }

    [Fact]
    public async Task Search_stays_within_the_edition()
    {
        var english = await Newsroom.PublishAsync(factory, await _content.SectionAsync(), $"Desalination plant {_content.Unique}");
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, Newsroom.Finds(english));

        var arabic = await Newsroom.SearchAsync(client, "ar", _content.Unique);

        Assert.Empty(arabic.Results);
    }

    [Fact]
    public async Task A_phrase_matches_its_words_in_order_only()
    {
        var section = await _content.SectionAsync();
        var inOrder = await Newsroom.PublishAsync(factory, section, $"Heavy rain floods roads {_content.Unique}");
        var apart = await Newsroom.PublishAsync(factory, section, $"Roads reopen after rain that was heavy {_content.Unique}");
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, r => r.Total == 2);

        var response = await Newsroom.SearchAsync(client, "en", $"\"heavy rain\" {_content.Unique}");

        Assert.Equal([inOrder.Id], response.Results.Select(r => r.Id));
        Assert.DoesNotContain(response.Results, r => r.Id == apart.Id);
    }

    [Fact]
    public async Task Equally_relevant_stories_are_listed_newest_first_and_snippets_mark_the_match()
    {
        var section = await _content.SectionAsync();
        var older = await Newsroom.PublishAsync(factory, section, $"Port expansion {_content.Unique}", "<p>The port grows &amp; <b>ships</b> wait.</p>", publishedAt: DateTime.UtcNow.AddDays(-20));
        var newer = await Newsroom.PublishAsync(factory, section, $"Port expansion {_content.Unique}", "<p>The port grows &amp; <b>ships</b> wait.</p>", publishedAt: DateTime.UtcNow.AddHours(-2));
        var client = factory.CreateClient();

        var response = await Newsroom.EventuallyAsync(client, "en", $"port {_content.Unique}", r => r.Total == 2);

        Assert.Equal([newer.Id, older.Id], response.Results.Select(r => r.Id));
        Assert.Equal("The <mark>port</mark> grows &amp; ships wait.", response.Results[0].Snippet);
    }

    [Fact]
    public async Task A_snippet_marks_a_phrase_deep_in_a_long_story_and_stays_short()
    {
        var section = await _content.SectionAsync();
        var body = string.Concat(Enumerable.Repeat("<p>The council met again to discuss routine matters of the harbour.</p>", 80))
            + "<p>Divers recovered the lighthouse logbook &amp; its brass seal.</p>";
        var article = await Newsroom.PublishAsync(factory, section, $"Council news {_content.Unique}", body);
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, Newsroom.Finds(article));

        var response = await Newsroom.SearchAsync(client, "en", $"\"lighthouse logbook\" {_content.Unique}");

        var snippet = Assert.Single(response.Results).Snippet;
        var marked = System.Text.RegularExpressions.Regex.Matches(snippet, "<mark>(.*?)</mark>").Select(m => m.Groups[1].Value);
        Assert.Equal("lighthouse logbook", string.Join(' ', marked));
        Assert.Contains("&amp; its brass seal", snippet);
        Assert.True(snippet.Length < 300, snippet);
    }

    [Fact]
    public async Task A_misspelt_query_falls_back_to_similar_spellings()
    {
        var section = await _content.SectionAsync();
        var article = await Newsroom.PublishAsync(factory, section, $"Parliament approves budget {_content.Unique}");
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, Newsroom.Finds(article));

        var response = await Newsroom.SearchAsync(client, "en", $"parliment {_content.Unique}");

        Assert.True(response.Fuzzy);
        Assert.Contains(response.Results, r => r.Id == article.Id);
    }

    [Fact]
    public async Task Filters_narrow_results_by_section_and_date()
    {
        var world = await _content.SectionAsync();
        var sport = await _content.SectionAsync();
        var recent = await Newsroom.PublishAsync(factory, world, $"Summit opens {_content.Unique}", publishedAt: DateTime.UtcNow.AddHours(-3));
        var old = await Newsroom.PublishAsync(factory, world, $"Summit closes {_content.Unique}", publishedAt: DateTime.UtcNow.AddDays(-40));
        var other = await Newsroom.PublishAsync(factory, sport, $"Summit of champions {_content.Unique}", publishedAt: DateTime.UtcNow.AddHours(-1));
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, r => r.Total == 3);

        var inSection = await Newsroom.SearchAsync(client, "en", _content.Unique, $"&section={world.Slug}");
        var thisWeek = await Newsroom.SearchAsync(client, "en", _content.Unique, $"&section={world.Slug}&period=week");

        Assert.Equal([recent.Id, old.Id], inSection.Results.Select(r => r.Id));
        Assert.DoesNotContain(inSection.Results, r => r.Id == other.Id);
        Assert.Equal([recent.Id], thisWeek.Results.Select(r => r.Id));
    }

    [Fact]
    public async Task An_unpublished_story_leaves_the_results()
    {
        var section = await _content.SectionAsync();
        var article = await Newsroom.PublishAsync(factory, section, $"Temporary story {_content.Unique}");
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, Newsroom.Finds(article));

        await Newsroom.ChangeAsync(factory, article.Id, ArticleEventKind.Unpublished, a => a.Status = ArticleStatus.Unpublished);
        var response = await Newsroom.EventuallyAsync(client, "en", _content.Unique, r => r.Total == 0);

        Assert.Equal(0, response.Total);
    }

    [Fact]
    public async Task An_updated_headline_is_found_by_its_new_words()
    {
        var section = await _content.SectionAsync();
        var article = await Newsroom.PublishAsync(factory, section, $"Original wording {_content.Unique}");
        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, Newsroom.Finds(article));

        await Newsroom.ChangeAsync(factory, article.Id, ArticleEventKind.Updated, a => a.Headline = $"Revised falcons {_content.Unique}");
        var response = await Newsroom.EventuallyAsync(client, "en", $"falcons {_content.Unique}", Newsroom.Finds(article));

        Assert.Equal($"Revised falcons {_content.Unique}", Assert.Single(response.Results).Headline);
    }

    [Fact]
    public async Task The_search_page_lists_results_with_highlighted_snippets_and_pages()
    {
        var section = await _content.SectionAsync();
        for (var i = 0; i < 12; i++)
        {
            await Newsroom.PublishAsync(factory, section, $"Harbour story {i} {_content.Unique}", $"<p>Ferries leave the harbour at dawn ({i}).</p>");
        }

        var client = factory.CreateClient();
        await Newsroom.EventuallyAsync(client, "en", _content.Unique, r => r.Total == 12);

        var (response, page) = await HtmlPage.GetAsync(client, $"/en/search?q=harbour+{_content.Unique}");
        var (_, second) = await HtmlPage.GetAsync(client, page.QuerySelector("[data-testid='search-next']")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, page.QuerySelectorAll("[data-testid='search-results'] li").Length);
        Assert.Equal("harbour", page.QuerySelector(".search-result__snippet mark")!.TextContent);
        Assert.Equal(2, second.QuerySelectorAll("[data-testid='search-results'] li").Length);
        Assert.Equal("noindex, follow", page.QuerySelector("meta[name='robots']")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Every_page_has_a_labelled_search_form_that_works_without_script()
    {
        var (_, page) = await HtmlPage.GetAsync(factory.CreateClient(), "/ar");

        var form = page.QuerySelector("form[data-testid='header-search']")!;
        Assert.Equal("/ar/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name='q']")!;
        Assert.NotNull(form.QuerySelector($"label[for='{input.Id}']"));
    }

    [Fact]
    public async Task An_empty_query_shows_the_form_and_a_query_without_matches_says_so()
    {
        var client = factory.CreateClient();

        var (emptyResponse, empty) = await HtmlPage.GetAsync(client, "/en/search?q=");
        var (_, none) = await HtmlPage.GetAsync(client, $"/en/search?q=zzqxv{_content.Unique}");

        Assert.Equal(HttpStatusCode.OK, emptyResponse.StatusCode);
        Assert.NotNull(empty.QuerySelector("[data-testid='search-hint']"));
        Assert.NotNull(empty.QuerySelector("input#search-page-q"));
        Assert.NotNull(none.QuerySelector("[data-testid='search-empty']"));
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("title:(foo AND")]
    [InlineData("*:* OR ~~~ ^^ [a TO")]
    [InlineData("\\ / && || ! ( ) { } [ ] ^ ~ * ? :")]
    [InlineData("-")]
    [InlineData("\"\"")]
    [InlineData("the and of")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("‮ ‭ ")]
    public async Task Hostile_queries_never_fail_and_are_echoed_encoded(string query)
    {
        var client = factory.CreateClient();

        var page = await client.GetAsync($"/en/search?q={Uri.EscapeDataString(query)}");
        var api = await client.GetAsync($"/api/v1/search?edition=en&q={Uri.EscapeDataString(query)}");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(api.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"API answered {api.StatusCode}");
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task A_very_long_query_is_cut_not_refused()
    {
        var client = factory.CreateClient();
        var query = string.Join(' ', Enumerable.Repeat("word", 5000));

        var page = await client.GetAsync($"/en/search?q={query}");
        var api = await Newsroom.SearchAsync(client, "en", query);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(200, api.Query.Length);
    }

    [Theory]
    [InlineData("/api/v1/search?q=x")]
    [InlineData("/api/v1/search?q=x&edition=fr")]
    [InlineData("/api/v1/search?edition=en")]
    [InlineData("/api/v1/search?edition=en&q=x&page=0")]
    [InlineData("/api/v1/search?edition=en&q=x&period=decade")]
    public async Task Bad_api_parameters_get_a_problem_with_a_message(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
