using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Nomad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NomadRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NomadRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NomadRounds_AspNetUsers_OpenedById",
                        column: x => x.OpenedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NomadRounds_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NomadRounds_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "NomadAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Agreement = table.Column<int>(type: "INTEGER", nullable: true),
                    NotRelevant = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NomadAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NomadAnswers_NomadRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "NomadRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NomadParticipations",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NomadParticipations", x => new { x.RoundId, x.UserId });
                    table.ForeignKey(
                        name: "FK_NomadParticipations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NomadParticipations_NomadRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "NomadRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NomadAnswers_RoundId",
                table: "NomadAnswers",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_NomadParticipations_UserId",
                table: "NomadParticipations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_NomadRounds_OpenedById",
                table: "NomadRounds",
                column: "OpenedById");

            migrationBuilder.CreateIndex(
                name: "IX_NomadRounds_OrganisationId",
                table: "NomadRounds",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_NomadRounds_SiteId_OpenedAt",
                table: "NomadRounds",
                columns: new[] { "SiteId", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NomadAnswers");

            migrationBuilder.DropTable(
                name: "NomadParticipations");

            migrationBuilder.DropTable(
                name: "NomadRounds");
        }
    }
}
