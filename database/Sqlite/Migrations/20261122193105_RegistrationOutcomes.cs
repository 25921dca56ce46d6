using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegistrationOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SkkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Npp = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    WorkersAdded = table.Column<int>(type: "INTEGER", nullable: true),
                    WageBeforeSen = table.Column<long>(type: "INTEGER", nullable: true),
                    WageAfterSen = table.Column<long>(type: "INTEGER", nullable: true),
                    Programs = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReportedById = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ReportedByName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ConfirmedById = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConfirmedByName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReversalReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReversedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReversedById = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegistrationOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegistrationOutcomes_Skks_SkkId",
                        column: x => x.SkkId,
                        principalTable: "Skks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationOutcomes_SkkId",
                table: "RegistrationOutcomes",
                column: "SkkId");

            migrationBuilder.CreateIndex(
                name: "IX_RegistrationOutcomes_State_Kind_EffectiveOn",
                table: "RegistrationOutcomes",
                columns: new[] { "State", "Kind", "EffectiveOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegistrationOutcomes");
        }
    }
}
