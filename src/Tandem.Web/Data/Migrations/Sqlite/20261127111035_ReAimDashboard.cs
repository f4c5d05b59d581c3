using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReAimDashboard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndNote",
                table: "Enrolments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedByUserId",
                table: "Enrolments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ending",
                table: "Enrolments",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReAimFeedbackDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TherapistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReAimFeedbackDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReAimMonths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TherapistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Invited = table.Column<int>(type: "INTEGER", nullable: false),
                    NotStarted = table.Column<int>(type: "INTEGER", nullable: false),
                    NoAccount = table.Column<int>(type: "INTEGER", nullable: false),
                    Started = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    StoppedEarly = table.Column<int>(type: "INTEGER", nullable: false),
                    SteppedUpEnding = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherEnding = table.Column<int>(type: "INTEGER", nullable: false),
                    FeedbackGiven = table.Column<int>(type: "INTEGER", nullable: false),
                    FeedbackOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    TherapistSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    PatientsWithTime = table.Column<int>(type: "INTEGER", nullable: false),
                    Adaptations = table.Column<int>(type: "INTEGER", nullable: false),
                    StepUpEligible = table.Column<int>(type: "INTEGER", nullable: false),
                    SteppedUp = table.Column<int>(type: "INTEGER", nullable: false),
                    SteppedUpEligible = table.Column<int>(type: "INTEGER", nullable: false),
                    ActivePatients = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcomes = table.Column<int>(type: "INTEGER", nullable: false),
                    Improved = table.Column<int>(type: "INTEGER", nullable: false),
                    Recovered = table.Column<int>(type: "INTEGER", nullable: false),
                    Deteriorated = table.Column<int>(type: "INTEGER", nullable: false),
                    ChangeSum = table.Column<double>(type: "REAL", nullable: false),
                    ChangeSquares = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReAimMonths", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_EndedByUserId",
                table: "Enrolments",
                column: "EndedByUserId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ReAimMonths_OrganisationId_Month",
                table: "ReAimMonths",
                columns: new[] { "OrganisationId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ReAimMonths_SiteId_Month",
                table: "ReAimMonths",
                columns: new[] { "SiteId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ReAimMonths_TeamId_Month",
                table: "ReAimMonths",
                columns: new[] { "TeamId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_ReAimMonths_TherapistId_Month",
                table: "ReAimMonths",
                columns: new[] { "TherapistId", "Month" });

            migrationBuilder.AddForeignKey(
                name: "FK_Enrolments_AspNetUsers_EndedByUserId",
                table: "Enrolments",
                column: "EndedByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Enrolments_AspNetUsers_EndedByUserId",
                table: "Enrolments");

            migrationBuilder.DropTable(
                name: "ReAimFeedbackDays");

            migrationBuilder.DropTable(
                name: "ReAimMonths");

            migrationBuilder.DropIndex(
                name: "IX_Enrolments_EndedByUserId",
                table: "Enrolments");

            migrationBuilder.DropColumn(
                name: "EndNote",
                table: "Enrolments");

            migrationBuilder.DropColumn(
                name: "EndedByUserId",
                table: "Enrolments");

            migrationBuilder.DropColumn(
                name: "Ending",
                table: "Enrolments");
        }
    }
}
