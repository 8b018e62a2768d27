using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dateline.Web.Features.Articles;

internal sealed class ArticleTopicConfiguration : IEntityTypeConfiguration<ArticleTopic>
{
    /// <summary>The article's status, copied onto each of its topic links by the database (see <see cref="CopyArticleTrigger"/>).</summary>
    public const string ArticleStatus = nameof(ArticleStatus);

    /// <summary>The article's publication time, copied onto each of its topic links by the database.</summary>
    public const string ArticlePublishedAt = nameof(ArticlePublishedAt);

    /// <summary>
    /// The database triggers that keep <see cref="ArticleStatus"/> and <see cref="ArticlePublishedAt"/> equal to the
    /// article's, created by the migration that added the columns on either provider: one fills a new link in, the
    /// other (on Articles) follows the article's changes.
    /// </summary>
    public const string CopyArticleTrigger = "TR_ArticleTopics_CopyArticle";

    /// <inheritdoc cref="CopyArticleTrigger"/>
    public const string CopyToTopicsTrigger = "TR_Articles_CopyToTopics";

    public void Configure(EntityTypeBuilder<ArticleTopic> builder)
    {
        builder.ToTable(t => t.HasTrigger(CopyArticleTrigger));
        builder.HasKey(t => new { t.ArticleId, t.TopicId });
        builder.HasOne(t => t.Topic).WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);

        // "More on this Topic" reads the newest live stories of each topic from this index alone, so a topic with tens
        // of thousands of stories costs what a small one does. The copies are shadow properties written only by the
        // database's triggers: the application never sets them, and EF neither writes nor reads them back on save.
        ReadOnly(builder.Property<ArticleStatus>(ArticleStatus).HasConversion<string>().HasMaxLength(16).HasDefaultValue(Articles.ArticleStatus.Draft));
        ReadOnly(builder.Property<DateTime?>(ArticlePublishedAt));
        builder.HasIndex(nameof(ArticleTopic.TopicId), ArticleStatus, ArticlePublishedAt);
    }

    private static void ReadOnly(PropertyBuilder property)
    {
        property.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        property.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
