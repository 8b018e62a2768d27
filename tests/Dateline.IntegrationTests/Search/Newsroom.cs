using System.Net.Http.Json;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Search.Api;
using Dateline.Web.Features.Sections;
using Dateline.Web.Features.Topics;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Search;

/// <summary>
/// Publishes test stories the way the newsroom does, through <see cref="ArticlePublishing"/>, so that search learns of
/// them from the change feed; and reads the search API until a condition holds.
/// </summary>
public static class Newsroom
{
    public static readonly TimeSpan FreshnessBound = TimeSpan.FromSeconds(10);

    public static async Task<Article> PublishAsync(
        DatelineFactory factory,
        Section section,
        string headline,
        string body = "<p>Body.</p>",
        IEnumerable<Topic>? topics = null,
        DateTime? publishedAt = null,
        string? standfirst = null)
    {
        var content = new TestContent(factory);
        var article = await content.ArticleAsync(section, headline: headline, publishedAt: publishedAt, status: ArticleStatus.Draft, topics: topics, withImage: false, body: body);
        await ChangeAsync(factory, article.Id, ArticleEventKind.Published, a =>
        {
            a.Status = ArticleStatus.Published;
            a.Standfirst = standfirst;
        });
        return article;
    }

    public static async Task ChangeAsync(DatelineFactory factory, int articleId, ArticleEventKind kind, Action<Article> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var article = await db.Articles.SingleAsync(a => a.Id == articleId);
        change(article);
        await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(article, kind)]);
    }

    public static async Task<SearchResponse> SearchAsync(HttpClient client, string edition, string query, string filters = "")
    {
        var response = await client.GetAsync($"/api/v1/search?edition={edition}&q={Uri.EscapeDataString(query)}{filters}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SearchResponse>())!;
    }

    /// <summary>Searches until <paramref name="until"/> holds or the bound passes; returns the last response.</summary>
    public static async Task<SearchResponse> EventuallyAsync(HttpClient client, string edition, string query, Func<SearchResponse, bool> until, TimeSpan? bound = null)
    {
        var deadline = DateTime.UtcNow + (bound ?? FreshnessBound);
        while (true)
        {
            var response = await SearchAsync(client, edition, query);
            if (until(response) || DateTime.UtcNow > deadline)
            {
                return response;
            }

            await Task.Delay(100);
        }
    }

    public static Func<SearchResponse, bool> Finds(Article article) => r => r.Results.Any(h => h.Id == article.Id);
}
