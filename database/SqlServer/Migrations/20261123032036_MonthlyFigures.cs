using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "MonthlyFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    KejaksaanOfficeId = table.Column<int>(type: "int", nullable: false),
                    BpjsOfficeId = table.Column<int>(type: "int", nullable: false),
                    CaseType = table.Column<int>(type: "int", nullable: false),
                    Grain = table.Column<int>(type: "int", nullable: false),
                    LeadJpnId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Category = table.Column<int>(type: "int", nullable: false),
                    Day = table.Column<int>(type: "int", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false)
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
