using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Treatment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ActivityEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ActivityTargets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaselineMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    IncrementKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Increment = table.Column<int>(type: "INTEGER", nullable: false),
                    StepIntervalDays = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CurrentMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    LevelSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SetByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActivityTargets_AspNetUsers_SetByUserId",
                        column: x => x.SetByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ActivityTargets_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ProgrammeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Unlock = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScheduleIntervalDays = table.Column<int>(type: "INTEGER", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProgrammeExplained = table.Column<bool>(type: "INTEGER", nullable: false),
                    FormatDiscussed = table.Column<bool>(type: "INTEGER", nullable: false),
                    GoalsAgreed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProfileFlags = table.Column<string>(type: "TEXT", nullable: false),
                    EnrolledByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enrolments_AspNetUsers_EnrolledByUserId",
                        column: x => x.EnrolledByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enrolments_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExerciseResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExerciseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExerciseResponses_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Goals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SetInModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Goals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Goals_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LocalDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReminderJobs_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReminderSettings",
                columns: table => new
                {
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DiaryEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DiaryTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    InactivityDays = table.Column<int>(type: "INTEGER", nullable: true),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderSettings", x => x.PatientId);
                    table.ForeignKey(
                        name: "FK_ReminderSettings_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReminderSettings_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SitePageTexts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PageId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    BaseModuleVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    BaseDutch = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    BaseEnglish = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    Dutch = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    English = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SitePageTexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SitePageTexts_AspNetUsers_UpdatedByUserId",
                        column: x => x.UpdatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SitePageTexts_Sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SleepWakeEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BedTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    AsleepTime = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    WakeTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    RiseTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    RestMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SleepWakeEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SleepWakeEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    FeedbackMomentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SnapshotJson = table.Column<string>(type: "TEXT", maxLength: 1000000, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    FeedbackByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FeedbackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SeenByPatientAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_AspNetUsers_FeedbackByUserId",
                        column: x => x.FeedbackByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Submissions_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SymptomEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PatientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Pain = table.Column<int>(type: "INTEGER", nullable: true),
                    Fatigue = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SymptomEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SymptomEntries_Patients_PatientId",
                        column: x => x.PatientId,
                        principalTable: "Patients",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Adaptations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adaptations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adaptations_AspNetUsers_ByUserId",
                        column: x => x.ByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Adaptations_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlannedModules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Hidden = table.Column<bool>(type: "INTEGER", nullable: false),
                    Added = table.Column<bool>(type: "INTEGER", nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastPageId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedModules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedModules_Enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "Enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GoalRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GoalId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    ModuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GoalRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GoalRatings_Goals_GoalId",
                        column: x => x.GoalId,
                        principalTable: "Goals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActivityEntries_PatientId_Day",
                table: "ActivityEntries",
                columns: new[] { "PatientId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityTargets_PatientId",
                table: "ActivityTargets",
                column: "PatientId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityTargets_SetByUserId",
                table: "ActivityTargets",
                column: "SetByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Adaptations_ByUserId",
                table: "Adaptations",
                column: "ByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Adaptations_EnrolmentId_At",
                table: "Adaptations",
                columns: new[] { "EnrolmentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_EnrolledByUserId",
                table: "Enrolments",
                column: "EnrolledByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Enrolments_PatientId",
                table: "Enrolments",
                column: "PatientId",
                unique: true,
                filter: "\"Status\" = 'Active'");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseResponses_PatientId_ModuleId_ExerciseId",
                table: "ExerciseResponses",
                columns: new[] { "PatientId", "ModuleId", "ExerciseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GoalRatings_GoalId_ModuleId",
                table: "GoalRatings",
                columns: new[] { "GoalId", "ModuleId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Goals_PatientId_Position",
                table: "Goals",
                columns: new[] { "PatientId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_PlannedModules_EnrolmentId_StepId",
                table: "PlannedModules",
                columns: new[] { "EnrolmentId", "StepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderJobs_PatientId_Kind_LocalDay",
                table: "ReminderJobs",
                columns: new[] { "PatientId", "Kind", "LocalDay" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderJobs_Status_NextAttemptAt",
                table: "ReminderJobs",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSettings_UpdatedByUserId",
                table: "ReminderSettings",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SitePageTexts_SiteId_ProgrammeId_ModuleId_PageId",
                table: "SitePageTexts",
                columns: new[] { "SiteId", "ProgrammeId", "ModuleId", "PageId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SitePageTexts_UpdatedByUserId",
                table: "SitePageTexts",
                column: "UpdatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_SleepWakeEntries_PatientId_Day",
                table: "SleepWakeEntries",
                columns: new[] { "PatientId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_FeedbackByUserId",
                table: "Submissions",
                column: "FeedbackByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_PatientId_SubmittedAt",
                table: "Submissions",
                columns: new[] { "PatientId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_SubmittedAt",
                table: "Submissions",
                column: "SubmittedAt",
                filter: "\"Feedback\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_SymptomEntries_PatientId_Day",
                table: "SymptomEntries",
                columns: new[] { "PatientId", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActivityEntries");

            migrationBuilder.DropTable(
                name: "ActivityTargets");

            migrationBuilder.DropTable(
                name: "Adaptations");

            migrationBuilder.DropTable(
                name: "ExerciseResponses");

            migrationBuilder.DropTable(
                name: "GoalRatings");

            migrationBuilder.DropTable(
                name: "PlannedModules");

            migrationBuilder.DropTable(
                name: "ReminderJobs");

            migrationBuilder.DropTable(
                name: "ReminderSettings");

            migrationBuilder.DropTable(
                name: "SitePageTexts");

            migrationBuilder.DropTable(
                name: "SleepWakeEntries");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropTable(
                name: "SymptomEntries");

            migrationBuilder.DropTable(
                name: "Goals");

            migrationBuilder.DropTable(
                name: "Enrolments");
        }
    }
}
