using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard.Exports;
using KejaksaanDatun.Web.Downloads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace KejaksaanDatun.Web.Tests.Downloads;

/// <summary>The addresses the dashboard links to, read into the requests they download, or refused with what is wrong.</summary>
public sealed class DashboardDownloadsTests
{
    private static QueryCollection Query(string query) => new(QueryHelpers.ParseQuery(query));

    [Fact]
    public void A_table_address_with_every_filter_becomes_the_export_of_that_table()
    {
        var problem = DashboardDownloads.ReadTableExport("badan-usaha",
            Query("?dari=2025-01-01&sampai=2025-12-31&kantor=3&jenis=PiutangIuran&jpn=user-7"), out var query);

        Assert.Null(problem);
        Assert.Equal(DashboardTable.BadanUsaha, query!.Table);
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), (int?)3, (CaseType?)CaseType.PiutangIuran, "user-7"),
            (query.Filter.From, query.Filter.To, query.Filter.OfficeId, query.Filter.CaseType, query.Filter.JpnUserId));
    }

    [Fact]
    public void Every_table_has_its_address_and_the_optional_filters_may_be_left_out()
    {
        foreach (var table in Enum.GetValues<DashboardTable>())
        {
            Assert.Null(DashboardDownloads.ReadTableExport(table.Slug(), Query("?dari=2025-01-01&sampai=2025-12-31&kantor=&jenis="), out var query));
            Assert.Equal(table, query!.Table);
            Assert.Equal(((int?)null, (CaseType?)null, (string?)null), (query.Filter.OfficeId, query.Filter.CaseType, query.Filter.JpnUserId));
        }
        Assert.Equal(["kantor", "jpn", "jenis", "bulan", "umur", "badan-usaha"], Enum.GetValues<DashboardTable>().Select(t => t.Slug()));
    }

    [Theory]
    [InlineData("kota", "?dari=2025-01-01&sampai=2025-12-31",
        "Tabel dasbor \"kota\" tidak dikenal. Pilih salah satu: kantor, jpn, jenis, bulan, umur, badan-usaha.")]
    [InlineData("kantor", "?sampai=2025-12-31", "Tanggal awal periode (dari) wajib diisi dengan format TTTT-BB-HH, misalnya 2025-01-31.")]
    [InlineData("kantor", "?dari=2025-01-01&sampai=31-12-2025", "Tanggal akhir periode (sampai) wajib diisi dengan format TTTT-BB-HH, misalnya 2025-01-31.")]
    [InlineData("jpn", "?dari=2025-01-01&sampai=2025-12-31&kantor=-4", "Kantor \"-4\" tidak dikenal.")]
    [InlineData("jenis", "?dari=2025-01-01&sampai=2025-12-31&jenis=3", "Jenis perkara \"3\" tidak dikenal.")]
    public void A_bad_table_address_says_what_is_wrong(string table, string query, string message)
    {
        Assert.Equal(message, DashboardDownloads.ReadTableExport(table, Query(query), out var export));
        Assert.Null(export);
    }

    [Fact]
    public void A_monthly_report_address_names_the_month_and_optionally_the_office()
    {
        Assert.Null(DashboardDownloads.ReadMonthlyReport(Query("?kantor=3&bulan=2025-03"), out var report));
        Assert.Equal((3, 2025, 3), (report!.OfficeId, report.Year, report.Month));

        Assert.Null(DashboardDownloads.ReadMonthlyReport(Query("?bulan=2025-12"), out var own));
        Assert.Null(own!.OfficeId);

        Assert.Equal("Bulan laporan (bulan) wajib diisi dengan format TTTT-BB, misalnya 2025-03.",
            DashboardDownloads.ReadMonthlyReport(Query("?bulan=Maret"), out _));
        Assert.Equal("Kantor \"HST\" tidak dikenal.", DashboardDownloads.ReadMonthlyReport(Query("?kantor=HST&bulan=2025-03"), out _));
    }
}
