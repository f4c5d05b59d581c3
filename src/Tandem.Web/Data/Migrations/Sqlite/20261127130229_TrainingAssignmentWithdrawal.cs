using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tandem.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrainingAssignmentWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TrainingAssignments_StaffMemberId_CourseId",
                table: "TrainingAssignments");

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAt",
                table: "TrainingAssignments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "WithdrawnById",
                table: "TrainingAssignments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignments_StaffMemberId_CourseId",
                table: "TrainingAssignments",
                columns: new[] { "StaffMemberId", "CourseId" },
                unique: true,
                filter: "\"WithdrawnAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignments_WithdrawnById",
                table: "TrainingAssignments",
                column: "WithdrawnById");

            migrationBuilder.AddForeignKey(
                name: "FK_TrainingAssignments_AspNetUsers_WithdrawnById",
                table: "TrainingAssignments",
                column: "WithdrawnById",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_TrainingAssignments_AspNetUsers_WithdrawnById",
                table: "TrainingAssignments");

            migrationBuilder.DropIndex(
                name: "IX_TrainingAssignments_StaffMemberId_CourseId",
                table: "TrainingAssignments");

            migrationBuilder.DropIndex(
                name: "IX_TrainingAssignments_WithdrawnById",
                table: "TrainingAssignments");

            migrationBuilder.DropColumn(
                name: "WithdrawnAt",
                table: "TrainingAssignments");

            migrationBuilder.DropColumn(
                name: "WithdrawnById",
                table: "TrainingAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignments_StaffMemberId_CourseId",
                table: "TrainingAssignments",
                columns: new[] { "StaffMemberId", "CourseId" },
                unique: true);
        }
    }
}
