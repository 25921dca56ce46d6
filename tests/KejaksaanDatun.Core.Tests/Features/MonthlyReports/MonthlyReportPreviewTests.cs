using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.MonthlyReports;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.MonthlyReports;

public sealed class MonthlyReportPreviewTests
{
    [Fact]
    public async Task The_kejati_report_of_march_2025_shows_the_months_figures_per_kejari_and_its_cases()
    {
        await using var app = await TestApp.StartAsync();
        var (_, skkNumber) = await app.CaseOfMarch2025();
        var kajati = await app.As("kajati.kalsel");

        var file = await app.Send(new GetMonthlyReport(await app.OfficeId("KEJATI-KALSEL"), 2025, 3), kajati);

        Assert.Equal("laporan-bulanan-KEJATI-KALSEL-2025-03.docx", file.FileName);
        var text = MonthlyReportScenarios.ValidatedText(file.Content);
        Assert.Contains("KEJAKSAAN TINGGI KALIMANTAN SELATAN", text);
        Assert.DoesNotContain("KEJAKSAAN AGUNG", text);
        Assert.Contains("BULAN MARET 2025", text);
        Assert.Contains("pada bulan Maret 2025", text);
        Assert.Contains($"Nomor: B-....../O.3/Gp.2/{app.Today:MM}/{app.Today.Year}", text);
        Assert.Contains("SKK diterima1 SKK", text);
        Assert.Contains("Tunggakan iuran yang diserahkanRp20.502.000", text);
        Assert.Contains("Iuran yang dipulihkan (dikonfirmasi BPJS Ketenagakerjaan)Rp1.025.100", text);
        Assert.Contains("Tingkat pemulihan5,0 %", text);
        Assert.Contains("RINCIAN PER SATUAN KERJA", text);
        Assert.Contains("Kejaksaan Negeri Hulu Sungai Tengah110Rp20.502.000Rp1.025.1005,0 %", text);
        Assert.Contains("Kejaksaan Negeri Banjarmasin000Rp0Rp00,0 %", text);
        Assert.Contains($"{skkNumber}5 Maret 2025", text);
        Assert.Contains("Dalam prosesSKK diterima 10 Maret 2025", text);
        Assert.Contains("JUMLAH (1 perkara)Rp20.502.000Rp1.025.100", text);
        Assert.Contains("Kepala Kejaksaan Tinggi Kalimantan Selatan,Rudi Prabowo Aji, S.H., M.H.Jaksa Utama MadyaNIP. 196903151994031002", text);
        Assert.Contains("Jaksa Agung Muda Perdata dan Tata Usaha Negara", text);
    }

    [Fact]
    public async Task A_kejari_report_breaks_the_month_down_per_jpn_under_the_kop_of_its_kejati()
    {
        await using var app = await TestApp.StartAsync();
        await app.CaseOfMarch2025();

        var file = await app.Send(new GetMonthlyReport(null, 2025, 3), await app.As("kasidatun.hst"));

        Assert.Equal("laporan-bulanan-KEJARI-HST-2025-03.docx", file.FileName);
        var text = MonthlyReportScenarios.ValidatedText(file.Content);
        Assert.Contains("KEJAKSAAN TINGGI KALIMANTAN SELATANKEJAKSAAN NEGERI HULU SUNGAI TENGAH", text);
        Assert.Contains("RINCIAN PER JAKSA PENGACARA NEGARA", text);
        Assert.Contains("Rina Marlina, S.H.110Rp20.502.000Rp1.025.1005,0 %", text);
        Assert.Contains("Trimo, S.H., M.H.", text);
        Assert.Contains("Kepala Kejaksaan Tinggi Kalimantan Selatan", text);
    }

    [Fact]
    public async Task Another_kejari_a_bpjs_office_a_bad_month_and_a_jpn_are_refused()
    {
        await using var app = await TestApp.StartAsync();
        var kasi = await app.As("kasidatun.hst");
        var jpn = await app.As("jpn.hst1");
        var admin = await app.As("admin");
        var banjarmasin = await app.OfficeId("KEJARI-BJM");
        var bpjsBanjarmasin = await app.OfficeId("BPJS-BJM");

        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new GetMonthlyReport(banjarmasin, 2025, 3), kasi));
        await Assert.ThrowsAsync<NotAllowedException>(() => app.Send(new GetMonthlyReport(null, 2025, 3), jpn));
        var month = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(new GetMonthlyReport(null, 2025, 13), kasi));
        Assert.Equal("Bulan laporan harus antara 1 dan 12.", month.Message);
        var bpjs = await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(new GetMonthlyReport(bpjsBanjarmasin, 2025, 3), admin));
        Assert.StartsWith("Laporan bulanan bidang Datun dibuat oleh kantor Kejaksaan.", bpjs.Message);
    }
}
