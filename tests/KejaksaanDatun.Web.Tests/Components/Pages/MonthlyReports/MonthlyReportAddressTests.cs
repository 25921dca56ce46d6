using KejaksaanDatun.Web.Components.Pages.Dashboard;
using KejaksaanDatun.Web.Components.Pages.MonthlyReports;

namespace KejaksaanDatun.Web.Tests.Components.Pages.MonthlyReports;

public sealed class MonthlyReportAddressTests
{
    [Fact]
    public void The_dashboard_links_to_the_monthly_report_page_on_the_month_and_office()
    {
        Assert.Equal("/laporan-bulanan?kantor=6&bulan=2025-03", DashboardQuery.MonthlyReportHref(6, new DateOnly(2025, 3, 1)));
        Assert.Equal("/laporan-bulanan?bulan=2025-12", MonthlyReportAddress.Href(null, new DateOnly(2025, 12, 1)));
        Assert.Equal("/unduh/laporan-bulanan?kantor=6&bulan=2025-03", MonthlyReportAddress.PreviewHref(6, new DateOnly(2025, 3, 1)));
    }

    [Theory]
    [InlineData("2025-03", "2025-03-01")]
    [InlineData("2025-3", null)]
    [InlineData("Maret 2025", null)]
    [InlineData(null, null)]
    public void Only_a_month_written_yyyy_mm_is_read_from_the_address(string? text, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), MonthlyReportAddress.ReadMonth(text));
}
