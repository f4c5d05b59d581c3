using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Tandem.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MatchingTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MatchingTables",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false),
                    ImportedById = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingTables", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingTables_AspNetUsers_ImportedById",
                        column: x => x.ImportedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MatchingTables_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MatchingRows",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TableId = table.Column<Guid>(type: "uuid", nullable: false),
                    Barrier = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    StrategyId = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: true),
                    Level = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchingRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MatchingRows_MatchingTables_TableId",
                        column: x => x.TableId,
                        principalTable: "MatchingTables",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MatchingRows_TableId_Barrier_StrategyId",
                table: "MatchingRows",
                columns: new[] { "TableId", "Barrier", "StrategyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MatchingTables_ImportedById",
                table: "MatchingTables",
                column: "ImportedById");

            migrationBuilder.CreateIndex(
                name: "IX_MatchingTables_OrganisationId_Version",
                table: "MatchingTables",
                columns: new[] { "OrganisationId", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MatchingRows");

            migrationBuilder.DropTable(
                name: "MatchingTables");
        }
    }
}
