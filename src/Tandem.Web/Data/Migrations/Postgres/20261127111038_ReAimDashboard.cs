using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Postgres
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
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "EndedByUserId",
                table: "Enrolments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Ending",
                table: "Enrolments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ReAimFeedbackDays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    TherapistId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReAimFeedbackDays", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReAimMonths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    TherapistId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Invited = table.Column<int>(type: "integer", nullable: false),
                    NotStarted = table.Column<int>(type: "integer", nullable: false),
                    NoAccount = table.Column<int>(type: "integer", nullable: false),
                    Started = table.Column<int>(type: "integer", nullable: false),
                    Completed = table.Column<int>(type: "integer", nullable: false),
                    StoppedEarly = table.Column<int>(type: "integer", nullable: false),
                    SteppedUpEnding = table.Column<int>(type: "integer", nullable: false),
                    OtherEnding = table.Column<int>(type: "integer", nullable: false),
                    FeedbackGiven = table.Column<int>(type: "integer", nullable: false),
                    FeedbackOnTime = table.Column<int>(type: "integer", nullable: false),
                    TherapistSeconds = table.Column<int>(type: "integer", nullable: false),
                    PatientsWithTime = table.Column<int>(type: "integer", nullable: false),
                    Adaptations = table.Column<int>(type: "integer", nullable: false),
                    StepUpEligible = table.Column<int>(type: "integer", nullable: false),
                    SteppedUp = table.Column<int>(type: "integer", nullable: false),
                    SteppedUpEligible = table.Column<int>(type: "integer", nullable: false),
                    ActivePatients = table.Column<int>(type: "integer", nullable: false),
                    Outcomes = table.Column<int>(type: "integer", nullable: false),
                    Improved = table.Column<int>(type: "integer", nullable: false),
                    Recovered = table.Column<int>(type: "integer", nullable: false),
                    Deteriorated = table.Column<int>(type: "integer", nullable: false),
                    ChangeSum = table.Column<double>(type: "double precision", nullable: false),
                    ChangeSquares = table.Column<double>(type: "double precision", nullable: false)
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
