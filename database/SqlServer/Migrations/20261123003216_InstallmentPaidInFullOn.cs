using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KejaksaanDatun.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class InstallmentPaidInFullOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Installments_PlanId_DueOn_Number_AmountSen_PaidSen",
                table: "Installments");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PaidInFullOn",
                table: "Installments",
                type: "date",
                nullable: true);

            migrationBuilder.Sql(KejaksaanDatun.Core.Data.MigrationBackfills.ForSqlServer(KejaksaanDatun.Core.Data.MigrationBackfills.InstallmentsPaidInFullOn));

            migrationBuilder.CreateIndex(
                name: "IX_Installments_PlanId_DueOn_AmountSen_PaidSen_PaidInFullOn",
                table: "Installments",
                columns: new[] { "PlanId", "DueOn", "AmountSen", "PaidSen", "PaidInFullOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Installments_PlanId_DueOn_AmountSen_PaidSen_PaidInFullOn",
                table: "Installments");

            migrationBuilder.DropColumn(
                name: "PaidInFullOn",
                table: "Installments");

            migrationBuilder.CreateIndex(
                name: "IX_Installments_PlanId_DueOn_Number_AmountSen_PaidSen",
                table: "Installments",
                columns: new[] { "PlanId", "DueOn", "Number", "AmountSen", "PaidSen" });
        }
    }
}
