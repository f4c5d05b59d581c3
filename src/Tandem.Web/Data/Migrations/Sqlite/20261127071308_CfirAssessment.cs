using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CfirAssessment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CfirRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpenedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConstructIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CfirRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CfirRounds_AspNetUsers_OpenedById",
                        column: x => x.OpenedById,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CfirRounds_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CfirRounds_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CfirInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CfirInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CfirInvitations_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CfirInvitations_CfirRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CfirRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CfirRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RespondentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConstructId = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CfirRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CfirRatings_AspNetUsers_RespondentId",
                        column: x => x.RespondentId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CfirRatings_CfirRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "CfirRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CfirInvitations_RoundId_UserId",
                table: "CfirInvitations",
                columns: new[] { "RoundId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CfirInvitations_UserId",
                table: "CfirInvitations",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CfirRatings_RespondentId",
                table: "CfirRatings",
                column: "RespondentId");

            migrationBuilder.CreateIndex(
                name: "IX_CfirRatings_RoundId_RespondentId_ConstructId",
                table: "CfirRatings",
                columns: new[] { "RoundId", "RespondentId", "ConstructId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CfirRounds_OpenedById",
                table: "CfirRounds",
                column: "OpenedById");

            migrationBuilder.CreateIndex(
                name: "IX_CfirRounds_OrganisationId",
                table: "CfirRounds",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CfirRounds_SiteId_OpenedAt",
                table: "CfirRounds",
                columns: new[] { "SiteId", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CfirInvitations");

            migrationBuilder.DropTable(
                name: "CfirRatings");

            migrationBuilder.DropTable(
                name: "CfirRounds");
        }
    }
}
