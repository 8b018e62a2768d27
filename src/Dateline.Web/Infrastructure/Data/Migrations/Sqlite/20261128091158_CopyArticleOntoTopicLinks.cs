using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CopyArticleOntoTopicLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId",
                table: "ArticleTopics");

            migrationBuilder.AddColumn<DateTime>(
                name: "ArticlePublishedAt",
                table: "ArticleTopics",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArticleStatus",
                table: "ArticleTopics",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_ArticleStatus_ArticlePublishedAt",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "ArticleStatus", "ArticlePublishedAt" });

            // Each topic link carries its article's status and publication time, kept equal by the database itself so
            // that every writer (the site, a newsroom, an import script) keeps them right. SQLite's BEFORE triggers
            // cannot change the new row, so a new link is brought up to date just after it is inserted.
            migrationBuilder.Sql("""
                UPDATE "ArticleTopics" SET
                    "ArticleStatus" = (SELECT "Status" FROM "Articles" WHERE "Id" = "ArticleTopics"."ArticleId"),
                    "ArticlePublishedAt" = (SELECT "PublishedAt" FROM "Articles" WHERE "Id" = "ArticleTopics"."ArticleId");
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_ArticleTopics_CopyArticle" AFTER INSERT ON "ArticleTopics"
                BEGIN
                    UPDATE "ArticleTopics" SET
                        "ArticleStatus" = (SELECT "Status" FROM "Articles" WHERE "Id" = NEW."ArticleId"),
                        "ArticlePublishedAt" = (SELECT "PublishedAt" FROM "Articles" WHERE "Id" = NEW."ArticleId")
                    WHERE "ArticleId" = NEW."ArticleId" AND "TopicId" = NEW."TopicId";
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "TR_Articles_CopyToTopics" AFTER UPDATE OF "Status", "PublishedAt" ON "Articles"
                BEGIN
                    UPDATE "ArticleTopics" SET "ArticleStatus" = NEW."Status", "ArticlePublishedAt" = NEW."PublishedAt"
                    WHERE "ArticleId" = NEW."Id";
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "TR_Articles_CopyToTopics";""");
            migrationBuilder.Sql("""DROP TRIGGER "TR_ArticleTopics_CopyArticle";""");

            migrationBuilder.DropIndex(
                name: "IX_ArticleTopics_TopicId_ArticleStatus_ArticlePublishedAt",
                table: "ArticleTopics");

            migrationBuilder.DropColumn(
                name: "ArticlePublishedAt",
                table: "ArticleTopics");

            migrationBuilder.DropColumn(
                name: "ArticleStatus",
                table: "ArticleTopics");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId",
                table: "ArticleTopics",
                column: "TopicId");
        }
    }
}
