using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Skks_KejaksaanOfficeId_ClosedAt",
                table: "Skks");

            migrationBuilder.DropIndex(
                name: "IX_Skks_KejaksaanOfficeId_HandedOverAt",
                table: "Skks");

            migrationBuilder.CreateIndex(
                name: "IX_Skks_Dashboard_Bpjs",
                table: "Skks",
                columns: new[] { "BpjsOfficeId", "HandedOverAt", "ClosedAt", "Status", "Outcome", "CaseType", "TotalArrearsSen", "KejaksaanOfficeId", "EmployerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Skks_Dashboard_Kejaksaan",
                table: "Skks",
                columns: new[] { "KejaksaanOfficeId", "HandedOverAt", "ClosedAt", "Status", "Outcome", "CaseType", "TotalArrearsSen", "BpjsOfficeId", "EmployerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Skks_Dashboard_Bpjs",
                table: "Skks");

            migrationBuilder.DropIndex(
                name: "IX_Skks_Dashboard_Kejaksaan",
                table: "Skks");

            migrationBuilder.CreateIndex(
                name: "IX_Skks_KejaksaanOfficeId_ClosedAt",
                table: "Skks",
                columns: new[] { "KejaksaanOfficeId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Skks_KejaksaanOfficeId_HandedOverAt",
                table: "Skks",
                columns: new[] { "KejaksaanOfficeId", "HandedOverAt" });
        }
    }
}
