using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Measurement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InstrumentResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstrumentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectsId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Screen = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentResponses_InstrumentResponses_CorrectsId",
                        column: x => x.CorrectsId,
                        principalTable: "InstrumentResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InstrumentResponses_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InstrumentScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ScaleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    InClinicalRange = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstrumentScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstrumentScores_InstrumentResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "InstrumentResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InstrumentScores_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasurementRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Occasion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DueFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RequestedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelledByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurementRequests_InstrumentResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "InstrumentResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasurementRequests_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentResponses_CorrectsId",
                table: "InstrumentResponses",
                column: "CorrectsId");

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentResponses_PatientId_InstrumentId_SubmittedAt",
                table: "InstrumentResponses",
                columns: new[] { "PatientId", "InstrumentId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentScores_PatientId_InstrumentId_EffectiveAt",
                table: "InstrumentScores",
                columns: new[] { "PatientId", "InstrumentId", "EffectiveAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InstrumentScores_ResponseId_ScaleId",
                table: "InstrumentScores",
                columns: new[] { "ResponseId", "ScaleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_PatientId_DueFrom",
                table: "MeasurementRequests",
                columns: new[] { "PatientId", "DueFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_ResponseId",
                table: "MeasurementRequests",
                column: "ResponseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstrumentScores");

            migrationBuilder.DropTable(
                name: "MeasurementRequests");

            migrationBuilder.DropTable(
                name: "InstrumentResponses");
        }
    }
}
