using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Web.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CopyrightNotice",
                table: "MediaAssets",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Creator",
                table: "MediaAssets",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FocalX",
                table: "MediaAssets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "FocalY",
                table: "MediaAssets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<string>(
                name: "Keywords",
                table: "MediaAssets",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Licence",
                table: "MediaAssets",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<bool>(
                name: "ReadersMayDownload",
                table: "MediaAssets",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Renditions",
                table: "MediaAssets",
                type: "INTEGER",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "MediaAssets",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadedBy",
                table: "MediaAssets",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_CreatedAt",
                table: "MediaAssets",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_MediaAssets_Renditions",
                table: "MediaAssets",
                column: "Renditions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_MediaAssets_CreatedAt",
                table: "MediaAssets");

            migrationBuilder.DropIndex(
                name: "IX_MediaAssets_Renditions",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "CopyrightNotice",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "Creator",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "FocalX",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "FocalY",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "Keywords",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "Licence",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "ReadersMayDownload",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "Renditions",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "MediaAssets");

            migrationBuilder.DropColumn(
                name: "UploadedBy",
                table: "MediaAssets");
        }
    }
}
