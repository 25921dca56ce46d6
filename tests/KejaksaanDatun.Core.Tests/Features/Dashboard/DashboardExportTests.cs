using KejaksaanDatun.TestSupport;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Dashboard.Exports;
using KejaksaanDatun.Core.Features.Targets;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

/// <summary>Each dashboard table exports to a valid workbook holding exactly what its figure query returns.</summary>
public sealed class DashboardExportTests
{
    private static readonly string[] FigureHeaders =
        ["SKK diterima", "Tunggakan diserahkan", "SKK dalam proses", "SKK selesai", "Dipulihkan", "Dipulihkan dari SKK diterima", "Tingkat pemulihan"];

    /// <summary>The Kajati's dashboard of this year over the demo data, with a target set for Kejari Hulu Sungai Tengah.</summary>
    private static async Task<(TestApp App, UserContext Kajati, DashboardFilter Filter)> KalselThisYear()
    {
        var app = await TestApp.StartAsync();
        var year = app.Today.Year;
        await app.Send(new SetOfficeTarget { OfficeId = await app.OfficeId("KEJARI-HST"), Year = year, TargetRecovered = "250.000.000", TargetFinishedCases = 12 },
            await app.As("admin"));
        return (app, await app.As("kajati.kalsel"), DashboardFilter.Year(year, await app.OfficeId("KEJATI-KALSEL")));
    }

    private static async Task<XlsxRows> Export(TestApp app, UserContext user, DashboardFilter filter, DashboardTable table, string expectedFileName)
    {
        var file = await app.Send(new ExportDashboardTable(filter, table), user);
        Assert.Equal(expectedFileName, file.FileName);
        var sheet = new XlsxRows(file.Content);
        Assert.Empty(sheet.ValidationErrors);
        return sheet;
    }

    private static string Rupiah(long sen) => XlsxRows.Number(new Money(sen).Rupiah);
    private static string? Rupiah(long? sen) => sen is { } s ? Rupiah(s) : null;
    private static string? Rate(decimal? percent) => percent is { } p ? XlsxRows.Number(p / 100) : null;
    private static string? Count(long? count) => count is { } c ? XlsxRows.Number(c) : null;

    private static string?[] FiguresOf(CaseFigures f) =>
    [
        Count(f.Received), Rupiah(f.ArrearsHandedOverSen), Count(f.InProgress), Count(f.Finished), Rupiah(f.RecoveredSen),
        Rupiah(f.RecoveredOfReceivedSen), Rate(f.RecoveryRate),
    ];

    private static void AssertRows(IEnumerable<string?[]> expected, XlsxRows sheet) =>
        Assert.Equal(expected.Select(r => string.Join(" | ", r)), sheet.Body.Select(r => string.Join(" | ", r)));

    [Fact]
    public async Task By_office_lists_each_kejari_with_its_target_and_the_totals_of_the_summary()
    {
        var (app, kajati, filter) = await KalselThisYear();
        await using var _ = app;
        var rows = await app.Send(new GetFiguresByOffice(filter), kajati);
        var summary = await app.Send(new GetDashboardSummary(filter), kajati);

        var sheet = await Export(app, kajati, filter, DashboardTable.Kantor,
            $"dasbor-kantor-KEJATI-KALSEL-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.xlsx");

        Assert.Equal($"Kejaksaan Tinggi Kalimantan Selatan, 1 Januari {filter.From.Year} – 31 Desember {filter.From.Year}", sheet.Subtitle);
        Assert.Equal(["Satuan kerja", .. FigureHeaders, "Target pemulihan", "Realisasi target pemulihan", "Target SKK selesai", "Realisasi target SKK selesai"],
            sheet.Header);
        Assert.Contains(rows, r => r.Office.Code == "KEJARI-HST" && r.Target.TargetRecoveredSen == Money.FromRupiah(250_000_000).Sen);
        Assert.True(summary.Totals.Received > 0, "The demo data has SKK received this year.");
        AssertRows(rows.Select(r => (string?[])
            [
                r.OwnCases ? $"{r.Office.Name} (kantor sendiri)" : r.Office.Name, .. FiguresOf(r.Figures),
                Rupiah(r.Target.TargetRecoveredSen), Rate(r.Target.RecoveredAchievement), Count(r.Target.TargetFinishedCases), Rate(r.Target.FinishedAchievement),
            ]).Append(["Jumlah", .. FiguresOf(summary.Totals), null, null, null, null]), sheet);
    }

    [Fact]
    public async Task By_jpn_by_case_type_by_month_by_age_and_top_employers_hold_the_figure_queries_rows()
    {
        var (app, kajati, filter) = await KalselThisYear();
        await using var _ = app;
        var summary = await app.Send(new GetDashboardSummary(filter), kajati);
        var name = $"KEJATI-KALSEL-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.xlsx";

        var jpn = await app.Send(new GetFiguresByJpn(filter), kajati);
        var sheet = await Export(app, kajati, filter, DashboardTable.Jpn, "dasbor-jpn-" + name);
        Assert.Equal(["Jaksa Pengacara Negara", "Satuan kerja", .. FigureHeaders], sheet.Header);
        AssertRows(jpn.Select(r => (string?[])[r.Name, r.OfficeName == "" ? null : r.OfficeName, .. FiguresOf(r.Figures)])
            .Append(["Jumlah", null, .. FiguresOf(summary.Totals)]), sheet);

        var types = await app.Send(new GetFiguresByCaseType(filter), kajati);
        sheet = await Export(app, kajati, filter, DashboardTable.JenisPerkara, "dasbor-jenis-" + name);
        Assert.Equal(["Jenis perkara", .. FigureHeaders], sheet.Header);
        AssertRows(types.Select(r => (string?[])[r.Label, .. FiguresOf(r.Figures)]).Append(["Jumlah", .. FiguresOf(summary.Totals)]), sheet);

        var months = await app.Send(new GetMonthlyTrend(filter), kajati);
        sheet = await Export(app, kajati, filter, DashboardTable.Bulan, "dasbor-bulan-" + name);
        Assert.Equal(["Bulan", "SKK diterima", "Tunggakan diserahkan", "SKK selesai", "Dipulihkan", "Badan usaha terdaftar", "Tenaga kerja ditambahkan"],
            sheet.Header);
        Assert.Equal(12, months.Count);
        AssertRows(months.Select(r => new[]
        {
            r.Label, Count(r.Received), Rupiah(r.ArrearsHandedOverSen), Count(r.Finished), Rupiah(r.RecoveredSen), Count(r.EmployersRegistered),
            Count(r.WorkersAdded),
        }).Append(
        [
            "Jumlah", Count(summary.Totals.Received), Rupiah(summary.Totals.ArrearsHandedOverSen), Count(summary.Totals.Finished),
            Rupiah(summary.Totals.RecoveredSen), Count(summary.EmployersRegistered), Count(summary.WorkersAdded),
        ]), sheet);

        var aging = await app.Send(new GetOpenCaseAging(filter), kajati);
        sheet = await Export(app, kajati, filter, DashboardTable.UmurPerkara, "dasbor-umur-" + name);
        Assert.Equal(["Umur perkara", "SKK dalam proses", "Tunggakan"], sheet.Header);
        AssertRows(aging.Select(r => new[] { r.Label, Count(r.Cases), Rupiah(r.ArrearsSen) })
            .Append(["Jumlah", Count(summary.Totals.InProgress), Rupiah(aging.Sum(r => r.ArrearsSen))]), sheet);

        var employers = await app.Send(new GetTopOutstandingEmployers(filter), kajati);
        sheet = await Export(app, kajati, filter, DashboardTable.BadanUsaha, "dasbor-badan-usaha-" + name);
        Assert.Equal(["Badan usaha", "NPP", "SKK dalam proses", "Tunggakan", "Dipulihkan", "Sisa tunggakan"], sheet.Header);
        Assert.NotEmpty(employers);
        AssertRows(employers.Select(r => new[]
        {
            r.Name, r.Npp, Count(r.OpenCases), Rupiah(r.ArrearsSen), Rupiah(r.RecoveredSen), Rupiah(r.OutstandingSen),
        }), sheet);
    }

    [Fact]
    public async Task The_subtitle_names_the_case_type_and_the_jpn_the_filter_narrows_to()
    {
        var (app, kajati, filter) = await KalselThisYear();
        await using var _ = app;
        var jpn = await app.As("jpn.hst1");

        var sheet = await Export(app, kajati, filter with { CaseType = CaseType.PiutangIuran, JpnUserId = jpn.UserId }, DashboardTable.JenisPerkara,
            $"dasbor-jenis-KEJATI-KALSEL-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.xlsx");

        Assert.Equal($"Kejaksaan Tinggi Kalimantan Selatan, 1 Januari {filter.From.Year} – 31 Desember {filter.From.Year}, " +
            $"{DomainLabels.Of(CaseType.PiutangIuran)}, JPN Rina Marlina, S.H.", sheet.Subtitle);
    }

    [Fact]
    public async Task A_kejari_leader_cannot_export_another_kejari_and_a_bad_period_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var year = DashboardFilter.Year(app.Today.Year);
        var banjarmasin = year with { OfficeId = await app.OfficeId("KEJARI-BJM") };

        foreach (var table in Enum.GetValues<DashboardTable>())
            await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new ExportDashboardTable(banjarmasin, table), kasi));

        var own = await app.Send(new ExportDashboardTable(year, DashboardTable.Kantor), kasi);
        Assert.StartsWith("dasbor-kantor-KEJARI-HST-", own.FileName);

        var invalid = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.Send(new ExportDashboardTable(year with { To = year.From.AddDays(-1) }, DashboardTable.Bulan), kasi));
        Assert.Contains("Tanggal akhir periode tidak boleh sebelum tanggal awal.", invalid.Message);
    }
}
