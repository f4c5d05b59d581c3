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
            migrationBuilder.AddColumn<string>(
                name: "RecordNumber",
                table: "Patients",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Actor",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "User");

            migrationBuilder.AddColumn<Guid>(
                name: "ApiClientId",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SecretHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiClients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiClients_AspNetUsers_CreatedBy",
                        column: x => x.CreatedBy,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ApiClients_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoverPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TherapistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoveringTherapistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                name: "ImportedQuestionnaires",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstrumentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    QuestionnaireJson = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false),
                    LicenceHolder = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LicenceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LicenceValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedQuestionnaires", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedQuestionnaires_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "MeasurementAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InstrumentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ItemId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Answer = table.Column<int>(type: "INTEGER", nullable: true),
                    ScaleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Baseline = table.Column<double>(type: "REAL", nullable: true),
                    Latest = table.Column<double>(type: "REAL", nullable: true),
                    ChangeIndex = table.Column<double>(type: "REAL", nullable: true),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "MeasurementRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MovedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OpenRemindedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OverdueRemindedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeasurementRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeasurementRequests_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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

            migrationBuilder.CreateTable(
                name: "AlertRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AlertId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MailStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    MailAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    MailClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MailClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    MailSentAt = table.Column<long>(type: "INTEGER", nullable: true)
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
                name: "IX_Patients_OrganisationId_RecordNumber",
                table: "Patients",
                columns: new[] { "OrganisationId", "RecordNumber" },
                unique: true);

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
                name: "IX_ApiClients_ClientId",
                table: "ApiClients",
                column: "ClientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_CreatedBy",
                table: "ApiClients",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_ApiClients_OrganisationId_CreatedAt",
                table: "ApiClients",
                columns: new[] { "OrganisationId", "CreatedAt" });

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
                name: "IX_ImportedQuestionnaires_OrganisationId_InstrumentId_ImportedAt",
                table: "ImportedQuestionnaires",
                columns: new[] { "OrganisationId", "InstrumentId", "ImportedAt" });

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
                name: "IX_MeasurementRequests_PatientId_DueFrom",
                table: "MeasurementRequests",
                columns: new[] { "PatientId", "DueFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_MeasurementRequests_ResponseId",
                table: "MeasurementRequests",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SteppedCareDecisions_EnrolmentId_DecidedAt",
                table: "SteppedCareDecisions",
                columns: new[] { "EnrolmentId", "DecidedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SteppedCareDecisions_PatientId",
                table: "SteppedCareDecisions",
                column: "PatientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertRecipients");

            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "CoverPeriods");

            migrationBuilder.DropTable(
                name: "ImportedQuestionnaires");

            migrationBuilder.DropTable(
                name: "InstrumentScores");

            migrationBuilder.DropTable(
                name: "MeasurementRequests");

            migrationBuilder.DropTable(
                name: "SteppedCareDecisions");

            migrationBuilder.DropTable(
                name: "MeasurementAlerts");

            migrationBuilder.DropTable(
                name: "InstrumentResponses");

            migrationBuilder.DropIndex(
                name: "IX_Patients_OrganisationId_RecordNumber",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "RecordNumber",
                table: "Patients");

            migrationBuilder.DropColumn(
                name: "Actor",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ApiClientId",
                table: "AuditEntries");
        }
    }
}
