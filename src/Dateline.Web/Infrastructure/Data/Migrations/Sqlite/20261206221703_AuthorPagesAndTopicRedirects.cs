using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Web.Infrastructure.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PhotoId",
                table: "Authors",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "TopicRedirects",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EditionCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    TopicId = table.Column<int>(type: "INTEGER", nullable: false)
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
