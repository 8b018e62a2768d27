using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Dateline.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AuthorPagesAndTopicRedirects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BioAr",
                table: "Authors",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PhotoId",
                table: "Authors",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TopicRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EditionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Slug = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TopicRedirects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TopicRedirects_Topics_TopicId",
                        column: x => x.TopicId,
                        principalTable: "Topics",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TopicRedirects_EditionCode_Slug",
                table: "TopicRedirects",
                columns: new[] { "EditionCode", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TopicRedirects_TopicId",
                table: "TopicRedirects",
                column: "TopicId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TopicRedirects");

            migrationBuilder.DropColumn(
                name: "BioAr",
                table: "Authors");

            migrationBuilder.DropColumn(
                name: "PhotoId",
                table: "Authors");
        }
    }
}
