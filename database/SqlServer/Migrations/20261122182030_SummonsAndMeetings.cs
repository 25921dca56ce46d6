using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SummonsAndMeetings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SkkId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HeldAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Attendees = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EmployerStatement = table.Column<string>(type: "nvarchar(max)", maxLength: -1, nullable: false),
                    Agreement = table.Column<string>(type: "nvarchar(max)", maxLength: -1, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(max)", maxLength: -1, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Skks_SkkId",
                        column: x => x.SkkId,
                        principalTable: "Skks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Somasis",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SkkId = table.Column<int>(type: "int", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineDays = table.Column<int>(type: "int", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Somasis", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Somasis_Skks_SkkId",
                        column: x => x.SkkId,
                        principalTable: "Skks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Summonses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    SkkId = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Place = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    LetterId = table.Column<long>(type: "bigint", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveryNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Attendance = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AttendanceNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Summonses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Summonses_Letters_LetterId",
                        column: x => x.LetterId,
                        principalTable: "Letters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Summonses_Skks_SkkId",
                        column: x => x.SkkId,
                        principalTable: "Skks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_SkkId_HeldAt",
                table: "Meetings",
                columns: new[] { "SkkId", "HeldAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Somasis_SkkId",
                table: "Somasis",
                column: "SkkId");

            migrationBuilder.CreateIndex(
                name: "IX_Summonses_LetterId",
                table: "Summonses",
                column: "LetterId");

            migrationBuilder.CreateIndex(
                name: "IX_Summonses_SkkId_Sequence",
                table: "Summonses",
                columns: new[] { "SkkId", "Sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "Somasis");

            migrationBuilder.DropTable(
                name: "Summonses");
        }
    }
}
