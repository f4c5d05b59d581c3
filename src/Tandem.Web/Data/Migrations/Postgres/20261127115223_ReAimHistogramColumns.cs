using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReAimHistogramColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReAimFeedbackDays");

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day0",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day1",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day10OrMore",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day2",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day3",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day4",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day5",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day6",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day7",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day8",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FeedbackDays_Day9",
                table: "ReAimMonths",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day0",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day1",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day10OrMore",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day2",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day3",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day4",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day5",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day6",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day7",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day8",
                table: "ReAimMonths");

            migrationBuilder.DropColumn(
                name: "FeedbackDays_Day9",
                table: "ReAimMonths");

            migrationBuilder.CreateTable(
                name: "ReAimFeedbackDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    TherapistId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReAimFeedbackDays", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReAimFeedbackDays_OrganisationId_Month",
                table: "ReAimFeedbackDays",
                columns: new[] { "OrganisationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ReAimFeedbackDays_SiteId_Month",
                table: "ReAimFeedbackDays",
                columns: new[] { "SiteId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ReAimFeedbackDays_TeamId_Month",
                table: "ReAimFeedbackDays",
                columns: new[] { "TeamId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ReAimFeedbackDays_TherapistId_Month",
                table: "ReAimFeedbackDays",
                columns: new[] { "TherapistId", "Month" });
        }
    }
}
