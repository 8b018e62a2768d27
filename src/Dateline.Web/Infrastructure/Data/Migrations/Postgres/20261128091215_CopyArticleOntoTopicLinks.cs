using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Web.Infrastructure.Data.Migrations.Postgres
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ArticleStatus",
                table: "ArticleTopics",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.CreateIndex(
                name: "IX_ArticleTopics_TopicId_ArticleStatus_ArticlePublishedAt",
                table: "ArticleTopics",
                columns: new[] { "TopicId", "ArticleStatus", "ArticlePublishedAt" });

            // Each topic link carries its article's status and publication time, kept equal by the database itself so
            // that every writer (the site, a newsroom, an import script) keeps them right.
            migrationBuilder.Sql("""
                UPDATE "ArticleTopics" AS t SET "ArticleStatus" = a."Status", "ArticlePublishedAt" = a."PublishedAt"
                FROM "Articles" AS a WHERE a."Id" = t."ArticleId";
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "ArticleTopics_CopyArticle"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    SELECT "Status", "PublishedAt" INTO NEW."ArticleStatus", NEW."ArticlePublishedAt"
                    FROM "Articles" WHERE "Id" = NEW."ArticleId";
                    RETURN NEW;
                END $$;
                CREATE TRIGGER "TR_ArticleTopics_CopyArticle" BEFORE INSERT OR UPDATE OF "ArticleId" ON "ArticleTopics"
                    FOR EACH ROW EXECUTE FUNCTION "ArticleTopics_CopyArticle"();
                """);
            migrationBuilder.Sql("""
                CREATE FUNCTION "Articles_CopyToTopics"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE "ArticleTopics" SET "ArticleStatus" = NEW."Status", "ArticlePublishedAt" = NEW."PublishedAt"
                    WHERE "ArticleId" = NEW."Id";
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "TR_Articles_CopyToTopics" AFTER UPDATE OF "Status", "PublishedAt" ON "Articles"
                    FOR EACH ROW WHEN (OLD."Status" IS DISTINCT FROM NEW."Status" OR OLD."PublishedAt" IS DISTINCT FROM NEW."PublishedAt")
                    EXECUTE FUNCTION "Articles_CopyToTopics"();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "TR_Articles_CopyToTopics" ON "Articles";
                DROP FUNCTION "Articles_CopyToTopics"();
                DROP TRIGGER "TR_ArticleTopics_CopyArticle" ON "ArticleTopics";
                DROP FUNCTION "ArticleTopics_CopyArticle"();
                """);

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
