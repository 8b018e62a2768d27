using System.Net;
using Dateline.IntegrationTests.Infrastructure;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dateline.IntegrationTests.Errors;

/// <summary>Breaks the database under a running site to see how a real failure reaches the reader.</summary>
public sealed class ServerErrorPageTests
{
    [Theory]
    [InlineData("/en/section/world", "Something went wrong", "en")]
    [InlineData("/ar/section/world", "حدث خطأ ما", "ar")]
    public async Task A_failing_page_answers_500_in_the_sites_look_and_language(string path, string heading, string lang)
    {
        await using var factory = new DatelineFactory();
        var client = factory.CreateClient();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
            await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Sections\"");
        }

        var (response, page) = await HtmlPage.GetAsync(client, path);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.DoesNotContain("Exception", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("Sections", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
