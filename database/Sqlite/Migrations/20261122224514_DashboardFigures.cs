using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DashboardFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Payments_SkkId_State",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_JpnTeams_SkkId_IsActive",
                table: "JpnTeams");

            migrationBuilder.CreateTable(
                name: "OfficeTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OfficeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RecoveredSen = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedCases = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfficeTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfficeTargets_Offices_OfficeId",
                        column: x => x.OfficeId,
                        principalTable: "Offices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Skks_KejaksaanOfficeId_ClosedAt",
                table: "Skks",
                columns: new[] { "KejaksaanOfficeId", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Skks_KejaksaanOfficeId_HandedOverAt",
                table: "Skks",
                columns: new[] { "KejaksaanOfficeId", "HandedOverAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Payments_SkkId_State_PaidOn_AmountSen",
                table: "Payments",
                columns: new[] { "SkkId", "State", "PaidOn", "AmountSen" });

            migrationBuilder.CreateIndex(
                name: "IX_JpnTeams_SkkId_IsActive_LeadJpnId",
                table: "JpnTeams",
                columns: new[] { "SkkId", "IsActive", "LeadJpnId" });

            migrationBuilder.CreateIndex(
                name: "IX_Installments_PlanId_DueOn_Number_AmountSen_PaidSen",
                table: "Installments",
                columns: new[] { "PlanId", "DueOn", "Number", "AmountSen", "PaidSen" });

            migrationBuilder.CreateIndex(
                name: "IX_InstallmentPlans_SkkId_IsCurrent_SignedOn",
                table: "InstallmentPlans",
                columns: new[] { "SkkId", "IsCurrent", "SignedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_OfficeTargets_OfficeId_Year",
                table: "OfficeTargets",
                columns: new[] { "OfficeId", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OfficeTargets");

            migrationBuilder.DropIndex(
                name: "IX_Skks_KejaksaanOfficeId_ClosedAt",
                table: "Skks");

            migrationBuilder.DropIndex(
                name: "IX_Skks_KejaksaanOfficeId_HandedOverAt",
                table: "Skks");

            migrationBuilder.DropIndex(
                name: "IX_Payments_SkkId_State_PaidOn_AmountSen",
                table: "Payments");

            migrationBuilder.DropIndex(
                name: "IX_JpnTeams_SkkId_IsActive_LeadJpnId",
                table: "JpnTeams");

            migrationBuilder.DropIndex(
                name: "IX_Installments_PlanId_DueOn_Number_AmountSen_PaidSen",
                table: "Installments");

            migrationBuilder.DropIndex(
                name: "IX_InstallmentPlans_SkkId_IsCurrent_SignedOn",
                table: "InstallmentPlans");

            migrationBuilder.CreateIndex(
                name: "IX_Payments_SkkId_State",
                table: "Payments",
                columns: new[] { "SkkId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_JpnTeams_SkkId_IsActive",
                table: "JpnTeams",
                columns: new[] { "SkkId", "IsActive" });
        }
    }
}
