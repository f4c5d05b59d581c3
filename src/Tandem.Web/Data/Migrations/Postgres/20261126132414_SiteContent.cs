using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SiteContent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SitePageTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ModuleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PageId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BaseModuleVersion = table.Column<int>(type: "integer", nullable: false),
                    BaseDutch = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    BaseEnglish = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    Dutch = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    English = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SitePageTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SitePageTexts_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SitePageTexts_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SitePageTexts_SiteId_ProgrammeId_ModuleId_PageId",
                table: "SitePageTexts",
                columns: new[] { "SiteId", "ProgrammeId", "ModuleId", "PageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SitePageTexts_UpdatedByUserId",
                table: "SitePageTexts",
                column: "UpdatedByUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SitePageTexts");
        }
    }
}
