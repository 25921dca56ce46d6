using FluentValidation;
using KejaksaanDatun.Core.Features.Dashboard;

namespace KejaksaanDatun.Core.Features.MonthlyReports;

/// <summary>The year and month of a monthly report, checked with the same messages wherever one is named.</summary>
internal static class MonthlyReportRules
{
    public static IRuleBuilderOptions<T, int> ReportYear<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(DashboardFilterValidator.FirstYear, DashboardFilterValidator.LastYear)
            .WithMessage($"Tahun laporan harus antara {DashboardFilterValidator.FirstYear} dan {DashboardFilterValidator.LastYear}.");

    public static IRuleBuilderOptions<T, int> ReportMonth<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, 12).WithMessage("Bulan laporan harus antara 1 dan 12.");
}
