#:sdk Microsoft.NET.Sdk.Web
#:project ../../src/Dateline.Web/Dateline.Web.csproj
#:property TreatWarningsAsErrors=false
#:property PublishAot=false
// The crash-safety harness's two halves (bench/crash.sh runs them):
//   write DATA_PATH: publishes stories with a hero image through the app's own services (MediaLibrary, then the one
//     publish path, ArticlePublishing.SaveAsync) as fast as it can, printing "ack ID" once each save has returned;
//     the script kill -9s it at a random moment.
//   verify DATA_PATH ACK_FILE: every acknowledged story is there, published, with its ArticleEvents row and its hero
//     image's file whole; no story of this harness is there without its event (half a publish); SQLite's
//     integrity_check passes. Prints one line and exits 1 on any loss.
using Dateline.Web;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Media;
using Dateline.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

var mode = args[0];
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
builder.Configuration["Dateline:DataPath"] = args[1];
builder.Configuration["Dateline:SeedDemoContent"] = "false";
builder.Logging.ClearProviders();
builder.AddDateline();
await using var app = builder.Build();
await app.Services.PrepareDatabaseAsync(CancellationToken.None);
const string Prefix = "Crash harness ";

if (mode == "write")
{
    int sectionId;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var section = await db.Sections.FirstOrDefaultAsync(s => s.Slug == "crash-harness");
        if (section is null)
        {
            section = new Dateline.Web.Features.Sections.Section { EditionCode = "en", Slug = "crash-harness", Name = "Crash harness", SortOrder = 99 };
            db.Sections.Add(section);
            await db.SaveChangesAsync();
        }

        sectionId = section.Id;
    }

    using var image = NetVips.Image.Black(800, 450, bands: 3).Linear(new double[] { 1, 1, 1 }, new double[] { 30, 80, 150 }).Cast(NetVips.Enums.BandFormat.Uchar);
    var jpeg = image.JpegsaveBuffer();
    while (true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
        var headline = Prefix + Guid.NewGuid().ToString("N");
        var article = new Article
        {
            EditionCode = "en",
            Slug = Slug.From(headline),
            Headline = headline,
            BodyHtml = "<p>Written by the crash-safety harness.</p>",
            SectionId = sectionId,
            Status = ArticleStatus.Published,
            PublishedAt = DateTime.UtcNow,
            CreatedAt = DateTime.UtcNow,
        };
        using (var stream = new MemoryStream(jpeg))
        {
            article.HeroImage = await scope.ServiceProvider.GetRequiredService<MediaLibrary>().ImportAsync(stream, "crash.jpg");
        }

        db.Articles.Add(article);
        await scope.ServiceProvider.GetRequiredService<ArticlePublishing>().SaveAsync(db, [(article, ArticleEventKind.Published)]);
        Console.WriteLine($"ack {article.Id}");
    }
}

var acked = File.ReadLines(args[2]).Where(l => l.StartsWith("ack ", StringComparison.Ordinal)).Select(l => int.Parse(l[4..])).ToHashSet();
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<DatelineDbContext>();
    var storage = app.Services.GetRequiredService<IMediaStorage>();
    var rows = await db.Articles.AsNoTracking().Where(a => a.Headline.StartsWith(Prefix))
        .Select(a => new { a.Id, a.Status, Key = a.HeroImage!.StorageKey, Length = a.HeroImage.Length, Events = db.ArticleEvents.Count(e => e.ArticleId == a.Id) })
        .ToListAsync();
    var byId = rows.ToDictionary(r => r.Id);
    var lost = acked.Where(id => !byId.ContainsKey(id)).ToList();
    var half = rows.Where(r => r.Events != 1 || r.Status != ArticleStatus.Published).Select(r => r.Id).ToList();
    var badImages = new List<int>();
    foreach (var row in rows)
    {
        var stored = await storage.OpenReadAsync(row.Key);
        await using (stored?.Content)
        {
            if (stored is null || stored.Length != row.Length)
            {
                badImages.Add(row.Id);
            }
        }
    }

    var integrity = new List<string>();
    var connection = db.Database.GetDbConnection();
    await connection.OpenAsync();
    await using (var command = connection.CreateCommand())
    {
        command.CommandText = "PRAGMA integrity_check";
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            integrity.Add(reader.GetString(0));
        }
    }

    var ok = lost.Count == 0 && half.Count == 0 && badImages.Count == 0 && integrity is ["ok"];
    Console.WriteLine($"verify: acknowledged {acked.Count}, stored {rows.Count} (unacknowledged but committed: {rows.Count - acked.Count(byId.ContainsKey)}), " +
        $"lost {lost.Count}, half-written {half.Count}, images missing or short {badImages.Count}, integrity_check {string.Join(",", integrity)}");
    return ok ? 0 : 1;
}
