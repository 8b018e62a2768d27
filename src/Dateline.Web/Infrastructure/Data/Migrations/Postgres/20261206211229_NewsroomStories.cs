using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dateline.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NewsroomStories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PublishedRevisionId",
                table: "Articles",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PublishedRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedRevisions_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    EditionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RevisionNumber = table.Column<int>(type: "integer", nullable: false),
                    PublishedRevisionNumber = table.Column<int>(type: "integer", nullable: true),
                    PublishAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_Stories_Articles_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Articles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryCorrections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryCorrections_Stories_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Stories",
                        principalColumn: "ArticleId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryLocks",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    HolderId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Since = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HeartbeatAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PreviousHolderId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryLocks", x => x.ArticleId);
                    table.ForeignKey(
                        name: "FK_StoryLocks_Stories_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Stories",
                        principalColumn: "ArticleId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StoryRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ArticleId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    AuthorId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AuthorName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StoryRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StoryRevisions_Stories_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "Stories",
                        principalColumn: "ArticleId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedRevisions_ArticleId",
                table: "PublishedRevisions",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_EditionCode_State_ArticleId",
                table: "Stories",
                columns: new[] { "EditionCode", "State", "ArticleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_State_PublishAt",
                table: "Stories",
                columns: new[] { "State", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StoryCorrections_ArticleId",
                table: "StoryCorrections",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryRevisions_ArticleId_Number",
                table: "StoryRevisions",
                columns: new[] { "ArticleId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PublishedRevisions");

            migrationBuilder.DropTable(
                name: "StoryCorrections");

            migrationBuilder.DropTable(
                name: "StoryLocks");

            migrationBuilder.DropTable(
                name: "StoryRevisions");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropColumn(
                name: "PublishedRevisionId",
                table: "Articles");
        }
    }
}
