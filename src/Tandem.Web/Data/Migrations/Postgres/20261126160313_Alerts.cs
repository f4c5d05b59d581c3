using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Alerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CoverPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TherapistId = table.Column<Guid>(type: "uuid", nullable: false),
                    CoveringTherapistId = table.Column<Guid>(type: "uuid", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoverPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoverPeriods_AspNetUsers_CoveringTherapistId",
                        column: x => x.CoveringTherapistId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoverPeriods_AspNetUsers_CreatedByUserId",
                        column: x => x.CreatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoverPeriods_AspNetUsers_TherapistId",
                        column: x => x.TherapistId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoverPeriods_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MeasurementAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ItemId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Answer = table.Column<int>(type: "integer", nullable: true),
                    ScaleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Baseline = table.Column<double>(type: "double precision", nullable: true),
                    Latest = table.Column<double>(type: "double precision", nullable: true),
                    ChangeIndex = table.Column<double>(type: "double precision", nullable: true),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurementAlerts_AspNetUsers_AcknowledgedByUserId",
                        column: x => x.AcknowledgedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasurementAlerts_InstrumentResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "InstrumentResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeasurementAlerts_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AlertRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AlertId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MailStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    MailAttempts = table.Column<int>(type: "integer", nullable: false),
                    MailClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MailClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    MailSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertRecipients_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AlertRecipients_MeasurementAlerts_AlertId",
                        column: x => x.AlertId,
                        principalTable: "MeasurementAlerts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertRecipients_AlertId_UserId",
                table: "AlertRecipients",
                columns: new[] { "AlertId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertRecipients_MailStatus_MailClaimedAt",
                table: "AlertRecipients",
                columns: new[] { "MailStatus", "MailClaimedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AlertRecipients_UserId",
                table: "AlertRecipients",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverPeriods_CoveringTherapistId",
                table: "CoverPeriods",
                column: "CoveringTherapistId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverPeriods_CreatedByUserId",
                table: "CoverPeriods",
                column: "CreatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverPeriods_OrganisationId",
                table: "CoverPeriods",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_CoverPeriods_TherapistId_Until",
                table: "CoverPeriods",
                columns: new[] { "TherapistId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementAlerts_AcknowledgedAt_EscalatedAt_RaisedAt",
                table: "MeasurementAlerts",
                columns: new[] { "AcknowledgedAt", "EscalatedAt", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementAlerts_AcknowledgedByUserId",
                table: "MeasurementAlerts",
                column: "AcknowledgedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementAlerts_PatientId_AcknowledgedAt",
                table: "MeasurementAlerts",
                columns: new[] { "PatientId", "AcknowledgedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementAlerts_ResponseId",
                table: "MeasurementAlerts",
                column: "ResponseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertRecipients");

            migrationBuilder.DropTable(
                name: "CoverPeriods");

            migrationBuilder.DropTable(
                name: "MeasurementAlerts");
        }
    }
}
