using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Schedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EnrolmentId",
                table: "MeasurementRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "MovedAt",
                table: "MeasurementRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MovedByUserId",
                table: "MeasurementRequests",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OpenRemindedAt",
                table: "MeasurementRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "OverdueRemindedAt",
                table: "MeasurementRequests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SteppedCareDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EvaluatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Eligibility = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SteppedCareDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SteppedCareDecisions_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SteppedCareDecisions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_DueUntil_CompletedAt_CancelledAt",
                table: "MeasurementRequests",
                columns: new[] { "DueUntil", "CompletedAt", "CancelledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_EnrolmentId_Occasion_InstrumentId",
                table: "MeasurementRequests",
                columns: new[] { "EnrolmentId", "Occasion", "InstrumentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SteppedCareDecisions_EnrolmentId_DecidedAt",
                table: "SteppedCareDecisions",
                columns: new[] { "EnrolmentId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SteppedCareDecisions_PatientId",
                table: "SteppedCareDecisions",
                column: "PatientId");

            migrationBuilder.AddForeignKey(
                name: "FK_MeasurementRequests_Enrolments_EnrolmentId",
                table: "MeasurementRequests",
                column: "EnrolmentId",
                principalTable: "Enrolments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MeasurementRequests_Enrolments_EnrolmentId",
                table: "MeasurementRequests");

            migrationBuilder.DropTable(
                name: "SteppedCareDecisions");

            migrationBuilder.DropIndex(
                name: "IX_MeasurementRequests_DueUntil_CompletedAt_CancelledAt",
                table: "MeasurementRequests");

            migrationBuilder.DropIndex(
                name: "IX_MeasurementRequests_EnrolmentId_Occasion_InstrumentId",
                table: "MeasurementRequests");

            migrationBuilder.DropColumn(
                name: "EnrolmentId",
                table: "MeasurementRequests");

            migrationBuilder.DropColumn(
                name: "MovedAt",
                table: "MeasurementRequests");

            migrationBuilder.DropColumn(
                name: "MovedByUserId",
                table: "MeasurementRequests");

            migrationBuilder.DropColumn(
                name: "OpenRemindedAt",
                table: "MeasurementRequests");

            migrationBuilder.DropColumn(
                name: "OverdueRemindedAt",
                table: "MeasurementRequests");
        }
    }
}
