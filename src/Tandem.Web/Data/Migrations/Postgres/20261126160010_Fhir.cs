using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Fhir : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "RecordNumber",
                table: "Patients",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Actor",
                table: "AuditEntries",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "User");

            migrationBuilder.AddColumn<Guid>(
                name: "ApiClientId",
                table: "AuditEntries",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ApiClients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SecretHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
                name: "ImportedQuestionnaires",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InstrumentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InstrumentVersion = table.Column<int>(type: "integer", nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    QuestionnaireJson = table.Column<string>(type: "character varying(200000)", maxLength: 200000, nullable: false),
                    LicenceHolder = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LicenceReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LicenceValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ImportedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Patients_OrganisationId_RecordNumber",
                table: "Patients",
                columns: new[] { "OrganisationId", "RecordNumber" },
                unique: true);

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
                name: "IX_ImportedQuestionnaires_OrganisationId_InstrumentId_Imported~",
                table: "ImportedQuestionnaires",
                columns: new[] { "OrganisationId", "InstrumentId", "ImportedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiClients");

            migrationBuilder.DropTable(
                name: "ImportedQuestionnaires");

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
