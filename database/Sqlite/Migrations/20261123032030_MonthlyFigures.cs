using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MonthlyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "FiguresRevision",
                table: "Offices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "MonthlyFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    KejaksaanOfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    BpjsOfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseType = table.Column<int>(type: "INTEGER", nullable: false),
                    Grain = table.Column<int>(type: "INTEGER", nullable: false),
                    LeadJpnId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyFigures", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyFigures_Bpjs",
                table: "MonthlyFigures",
                columns: new[] { "BpjsOfficeId", "Grain", "Kind", "Month", "KejaksaanOfficeId", "CaseType", "LeadJpnId", "Category", "Day", "Count", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyFigures_Kejaksaan",
                table: "MonthlyFigures",
                columns: new[] { "KejaksaanOfficeId", "Grain", "Kind", "Month", "BpjsOfficeId", "CaseType", "LeadJpnId", "Category", "Day", "Count", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MonthlyFigures");

            migrationBuilder.DropColumn(
                name: "FiguresRevision",
                table: "Offices");
        }
    }
}
