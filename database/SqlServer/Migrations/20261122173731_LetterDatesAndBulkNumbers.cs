using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LetterDatesAndBulkNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Date",
                table: "Letters",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "FirstSequence",
                table: "BulkLetterJobs",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "LetterDate",
                table: "BulkLetterJobs",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<int>(
                name: "Year",
                table: "BulkLetterJobs",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Date",
                table: "Letters");

            migrationBuilder.DropColumn(
                name: "FirstSequence",
                table: "BulkLetterJobs");

            migrationBuilder.DropColumn(
                name: "LetterDate",
                table: "BulkLetterJobs");

            migrationBuilder.DropColumn(
                name: "Year",
                table: "BulkLetterJobs");
        }
    }
}
