using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SkkId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Npp = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    WorkersAdded = table.Column<int>(type: "int", nullable: true),
                    WageBeforeSen = table.Column<long>(type: "bigint", nullable: true),
                    WageAfterSen = table.Column<long>(type: "bigint", nullable: true),
                    Programs = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ReportedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReportedById = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ReportedByName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ConfirmedById = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ConfirmedByName = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReversalReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ReversedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReversedById = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
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
