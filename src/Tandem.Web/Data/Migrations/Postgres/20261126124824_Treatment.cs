using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Treatment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PatientId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProgrammeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ProgrammeVersion = table.Column<int>(type: "integer", nullable: false),
                    Guidance = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Unlock = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ScheduleIntervalDays = table.Column<int>(type: "integer", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProgrammeExplained = table.Column<bool>(type: "boolean", nullable: false),
                    FormatDiscussed = table.Column<bool>(type: "boolean", nullable: false),
                    GoalsAgreed = table.Column<bool>(type: "boolean", nullable: false),
                    ProfileFlags = table.Column<string[]>(type: "text[]", nullable: false),
                    EnrolledByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "Adaptations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ModuleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Detail = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ModuleId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Hidden = table.Column<bool>(type: "boolean", nullable: false),
                    Added = table.Column<bool>(type: "boolean", nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastPageId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
                name: "IX_PlannedModules_EnrolmentId_StepId",
                table: "PlannedModules",
                columns: new[] { "EnrolmentId", "StepId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Adaptations");

            migrationBuilder.DropTable(
                name: "PlannedModules");

            migrationBuilder.DropTable(
                name: "Enrolments");
        }
    }
}
