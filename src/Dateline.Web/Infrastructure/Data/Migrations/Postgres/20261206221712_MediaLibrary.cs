using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Dateline.Web.Infrastructure.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MediaLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Caption",
                table: "MediaAssets",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(1000)",
                oldMaxLength: 1000,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CopyrightNotice",
                table: "MediaAssets",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Creator",
                table: "MediaAssets",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FocalX",
                table: "MediaAssets",
                type: "integer",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<int>(
                name: "FocalY",
                table: "MediaAssets",
                type: "integer",
                nullable: false,
                defaultValue: 50);

            migrationBuilder.AddColumn<string>(
                name: "Keywords",
                table: "MediaAssets",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Licence",
                table: "MediaAssets",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<bool>(
                name: "ReadersMayDownload",
                table: "MediaAssets",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "Renditions",
                table: "MediaAssets",
                type: "integer",
                nullable: false,
                defaultValue: 2);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "MediaAssets",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UploadedBy",
                table: "MediaAssets",
                type: "character varying(256)",
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

            migrationBuilder.AlterColumn<string>(
                name: "Caption",
                table: "MediaAssets",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(2000)",
                oldMaxLength: 2000,
                oldNullable: true);
        }
    }
}
