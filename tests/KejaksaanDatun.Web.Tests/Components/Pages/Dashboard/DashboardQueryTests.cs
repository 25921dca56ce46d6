using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Dashboard.Exports;
using KejaksaanDatun.Web.Components.Pages.Dashboard;
using KejaksaanDatun.Web.Downloads;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace KejaksaanDatun.Web.Tests.Components.Pages.Dashboard;

/// <summary>The dashboard's filter as the address bar carries it: read, written back, and passed on to its links.</summary>
public sealed class DashboardQueryTests
{
    private static readonly DateOnly Today = new(2026, 5, 10);

    private static readonly DashboardQuery Everything =
        DashboardQuery.Year(2025) with { OfficeId = 6, CaseType = CaseType.Pwbd, JpnUserId = "jpn-rina" };

    /// <summary>Reads an address that should read without a problem.</summary>
    private static DashboardQuery Parse(string? from, string? to, string? office = null, string? type = null, string? jpn = null)
    {
        var query = Parse(from, to, office, type, jpn, out var problems);
        Assert.Empty(problems);
        return query;
    }

    private static DashboardQuery Parse(string? from, string? to, string? office, string? type, string? jpn, out IReadOnlyList<string> problems) =>
        DashboardQuery.Parse(from, to, office, type, jpn, Today, out problems);

    /// <summary>Reads an address the way the page receives it: each query parameter by name.</summary>
    private static DashboardQuery ParseHref(string href, out IReadOnlyList<string> problems)
    {
        var values = QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), href).Query);
        string? Value(string key) => values.TryGetValue(key, out var value) ? value.ToString() : null;
        return DashboardQuery.Parse(Value("dari"), Value("sampai"), Value("kantor"), Value("jenis"), Value("jpn"), Today, out problems);
    }

    [Fact]
    public void An_address_without_filters_is_this_year_of_the_users_own_office_every_type_and_every_jpn()
    {
        var query = Parse(null, null, "", "", "");

        Assert.Equal(DashboardQuery.Year(2026), query);
        Assert.Equal((2026, "Tahun 2026"), (query.WholeYear, query.PeriodLabel));
        Assert.Equal(new DashboardFilter { From = new(2026, 1, 1), To = new(2026, 12, 31) }, query.Filter);
    }

    [Fact]
    public void A_calendar_year_in_the_address_reads_as_that_year()
    {
        var query = Parse("2024-01-01", "2024-12-31");

        Assert.Equal(DashboardQuery.Year(2024), query);
        Assert.Equal((2024, "Tahun 2024"), (query.WholeYear, query.PeriodLabel));
    }

    [Fact]
    public void Any_other_period_is_read_as_it_is_and_named_by_its_days()
    {
        var query = Parse("2025-03-01", "2025-06-30");

        Assert.Equal((new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30)), (query.From, query.To));
        Assert.Null(query.WholeYear);
        Assert.Equal("1 Maret 2025 – 30 Juni 2025", query.PeriodLabel);
        // A period of a single day is a period too.
        Assert.Equal(new DateOnly(2025, 2, 1), Parse("2025-02-01", "2025-02-01").To);
    }

    [Fact]
    public void The_office_type_and_jpn_of_the_address_become_the_filter_of_every_dashboard_query()
    {
        var query = Parse("2025-01-01", "2025-12-31", "6", "PdsUpah", "jpn-rina");

        Assert.Equal(new DashboardFilter
        {
            From = new(2025, 1, 1), To = new(2025, 12, 31), OfficeId = 6, CaseType = CaseType.PdsUpah, JpnUserId = "jpn-rina",
        }, query.Filter);
        // The downloads read case types without regard to case; so does the page.
        Assert.Equal(CaseType.PdsUpah, Parse(null, null, type: "pdsupah").CaseType);
        Assert.Null(Parse(null, null, jpn: "   ").JpnUserId);
    }

    [Theory]
    [InlineData("31-12-2025", "2025-12-31")]
    [InlineData("2025-01-01", "31/12/2025")]
    [InlineData("2025-02-30", "2025-03-31")]
    [InlineData("2025-01-01", null)]
    [InlineData(null, "2025-12-31")]
    [InlineData("kemarin", "hari ini")]
    public void A_period_that_does_not_read_is_this_year_and_the_reader_is_told_how_to_write_it(string? from, string? to)
    {
        var query = Parse(from, to, "6", "Pwbd", null, out var problems);

        Assert.Equal(DashboardQuery.Year(2026) with { OfficeId = 6, CaseType = CaseType.Pwbd }, query);
        Assert.Equal(["Periode pada alamat tidak dapat dibaca: tanggal awal (dari) dan tanggal akhir (sampai) ditulis TTTT-BB-HH, " +
            "misalnya 2025-01-31; ditampilkan angka tahun 2026."], problems);
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_this_year_and_the_reader_is_told_why()
    {
        var query = Parse("2025-12-31", "2025-01-01", null, null, null, out var problems);

        Assert.Equal(DashboardQuery.Year(2026), query);
        Assert.Equal(["Tanggal akhir periode (1 Januari 2025) sebelum tanggal awal (31 Desember 2025); ditampilkan angka tahun 2026."], problems);
    }

    [Theory]
    [InlineData("HST")]
    [InlineData("0")]
    [InlineData("-4")]
    [InlineData("3.5")]
    [InlineData(" 6")]
    [InlineData("99999999999")]
    public void An_office_that_is_not_an_id_is_the_users_own_and_the_reader_is_told(string office)
    {
        var query = Parse("2025-01-01", "2025-12-31", office, "Pwbd", "jpn-rina", out var problems);

        Assert.Equal(DashboardQuery.Year(2025) with { CaseType = CaseType.Pwbd, JpnUserId = "jpn-rina" }, query);
        Assert.Equal([$"Kantor \"{office}\" tidak dikenal; ditampilkan angka kantor Anda sendiri."], problems);
    }

    [Theory]
    [InlineData("Perdata")]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("Pwbd,PdsUpah")]
    public void An_unknown_case_type_is_every_type_and_the_reader_is_told(string type)
    {
        var query = Parse("2025-01-01", "2025-12-31", "6", type, null, out var problems);

        Assert.Equal(DashboardQuery.Year(2025) with { OfficeId = 6 }, query);
        Assert.Equal([$"Jenis perkara \"{type}\" tidak dikenal; ditampilkan semua jenis perkara."], problems);
    }

    [Fact]
    public void Every_filter_that_does_not_read_is_reported_and_the_ones_that_do_are_kept()
    {
        var query = Parse("2025-13-01", "2025-12-31", "HST", "Perdata", "jpn-rina", out var problems);

        Assert.Equal(DashboardQuery.Year(2026) with { JpnUserId = "jpn-rina" }, query);
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("Periode pada alamat tidak dapat dibaca", problems[0]);
        Assert.StartsWith("Kantor \"HST\"", problems[1]);
        Assert.StartsWith("Jenis perkara \"Perdata\"", problems[2]);
    }

    [Fact]
    public void The_address_carries_the_period_and_only_the_filters_that_are_set()
    {
        Assert.Equal("/dasbor?dari=2025-01-01&sampai=2025-12-31&kantor=6&jenis=Pwbd&jpn=jpn-rina", Everything.Href);
        Assert.Equal("/dasbor?dari=2025-03-01&sampai=2025-06-30",
            new DashboardQuery(new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30)).Href);
    }

    public static TheoryData<DashboardQuery> Views() =>
    [
        DashboardQuery.Year(2026),
        Everything,
        new DashboardQuery(new DateOnly(2024, 2, 29), new DateOnly(2025, 1, 15), CaseType: CaseType.PdsProgram),
        new DashboardQuery(new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 1), OfficeId: 12),
        // A user id is whatever Identity made it; the address must carry it intact.
        DashboardQuery.Year(2023) with { JpnUserId = "a b&c=d/é?+" },
    ];

    [Theory]
    [MemberData(nameof(Views))]
    public void A_view_read_back_from_its_own_address_is_the_same_view(DashboardQuery view)
    {
        Assert.Equal(view, ParseHref(view.Href, out var problems));
        Assert.Empty(problems);
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_tables_excel_download_carries_the_filter_of_the_view(DashboardQuery view)
    {
        foreach (var table in Enum.GetValues<DashboardTable>())
        {
            var href = view.ExcelHref(table.Slug());
            Assert.StartsWith($"/unduh/dasbor/{table.Slug()}?", href);
            Assert.Equal(view.Href.Split('?')[1], href.Split('?')[1]);

            // And the download reads it into the same filter the page sends.
            var query = new QueryCollection(QueryHelpers.ParseQuery(href[href.IndexOf('?')..]));
            Assert.Null(DashboardDownloads.ReadTableExport(table.Slug(), query, out var export));
            Assert.Equal((table, view.Filter), (export!.Table, export.Filter));
        }
    }

    [Fact]
    public void Drilling_into_an_office_keeps_the_period_and_type_and_leaves_the_jpn_of_the_office_above()
    {
        var period = new DashboardQuery(new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30), OfficeId: 3, CaseType.PdsTenagaKerja, "jpn-kejati");

        var drilled = period.DrillInto(6);

        // The JPN filter names a JPN of the office above; the office below has JPN of its own.
        Assert.Equal(new DashboardQuery(new DateOnly(2025, 3, 1), new DateOnly(2025, 6, 30), OfficeId: 6, CaseType.PdsTenagaKerja), drilled);
        Assert.Equal("/dasbor?dari=2025-03-01&sampai=2025-06-30&kantor=6&jenis=PdsTenagaKerja", drilled.Href);
        Assert.Equal(DashboardQuery.Year(2026) with { OfficeId = 7 }, DashboardQuery.Year(2026).DrillInto(7));
    }

    [Fact]
    public void The_cases_of_a_jpn_are_the_case_list_filtered_by_office_and_jpn()
    {
        Assert.Equal("/perkara?kantor=6&jpn=jpn-rina", DashboardQuery.CasesOfJpnHref(6, "jpn-rina"));
        Assert.Equal("/perkara?jpn=jpn-rina", DashboardQuery.CasesOfJpnHref(null, "jpn-rina"));
        Assert.Equal("/perkara?kantor=6&jpn=a%20b%26c%3Dd", DashboardQuery.CasesOfJpnHref(6, "a b&c=d"));
    }
}
