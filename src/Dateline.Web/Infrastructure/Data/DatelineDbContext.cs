using Dateline.Web.Features.Accounts;
using Dateline.Web.Features.Agencies;
using Dateline.Web.Features.Articles;
using Dateline.Web.Features.Articles.Publishing;
using Dateline.Web.Features.Audit;
using Dateline.Web.Features.Authors;
using Dateline.Web.Features.CdnPurge;
using Dateline.Web.Features.ContentApi.ApiKeys;
using Dateline.Web.Features.Editions;
using Dateline.Web.Features.Media;
using Dateline.Web.Features.MostRead;
using Dateline.Web.Features.Newsroom.Stories;
using Dateline.Web.Features.Sections;
using Dateline.Web.Features.Topics;
using Dateline.Web.Features.Webhooks;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Dateline.Web.Infrastructure.Data;

/// <summary>
/// The one context. Each database provider has a subclass only so that it can own its migrations;
/// the model itself is provider-neutral. It is also Identity's store for newsroom users and roles.
/// </summary>
public abstract class DatelineDbContext(DbContextOptions options)
    : IdentityDbContext<NewsroomUser, IdentityRole<int>, int>(options)
{
    public DbSet<Edition> Editions => Set<Edition>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<TopicRedirect> TopicRedirects => Set<TopicRedirect>();
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<MediaAsset> MediaAssets => Set<MediaAsset>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleTopic> ArticleTopics => Set<ArticleTopic>();
    public DbSet<ArticleAuthor> ArticleAuthors => Set<ArticleAuthor>();
    public DbSet<PinnedRelatedArticle> PinnedRelatedArticles => Set<PinnedRelatedArticle>();
    public DbSet<ArticleEvent> ArticleEvents => Set<ArticleEvent>();
    public DbSet<ArticleView> ArticleViews => Set<ArticleView>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StartupLock> StartupLocks => Set<StartupLock>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Story> Stories => Set<Story>();
    public DbSet<StoryRevision> StoryRevisions => Set<StoryRevision>();
    public DbSet<PublishedRevision> PublishedRevisions => Set<PublishedRevision>();
    public DbSet<StoryCorrection> StoryCorrections => Set<StoryCorrection>();
    public DbSet<StoryLock> StoryLocks => Set<StoryLock>();
    public DbSet<StoryStep> StorySteps => Set<StoryStep>();
    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();
    public DbSet<CdnPurgeRequest> CdnPurgeRequests => Set<CdnPurgeRequest>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(DatelineDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC in storage; SQLite drops the kind, so restore it on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
