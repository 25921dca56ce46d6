using System.Text.Json;
using KejaksaanDatun.Core.Letters;

namespace KejaksaanDatun.Core.Tests.Letters;

/// <summary>The JSON contract between the dashboard's figures and the monthly report template (templates/README.md).</summary>
public sealed class MonthlyReportDataTests
{
    [Fact]
    public void The_json_has_the_documented_paths()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(MonthlyReportSample.Create().ToJsonElement(), "", paths);

        Assert.Equal(
        [
            "Bulan", "Kop.Alamat", "Kop.Email", "Kop.KodeSurat", "Kop.Kota", "Kop.Laman", "Kop.NamaInstansi", "Kop.NamaKantor", "Kop.Telepon",
            "Nomor", "Penandatangan.AtasNama", "Penandatangan.Jabatan", "Penandatangan.Kota", "Penandatangan.Nama", "Penandatangan.Nip",
            "Penandatangan.Pangkat",
            "Perkara.Baris[].BadanUsaha", "Perkara.Baris[].Dipulihkan", "Perkara.Baris[].Jenis", "Perkara.Baris[].Keterangan",
            "Perkara.Baris[].NomorSkk", "Perkara.Baris[].Status", "Perkara.Baris[].TanggalSkk", "Perkara.Baris[].Tunggakan",
            "Perkara.JumlahPerkara", "Perkara.TotalDipulihkan", "Perkara.TotalTunggakan",
            "Rincian.Baris[].Dipulihkan", "Rincian.Baris[].Nama", "Rincian.Baris[].PersentasePemulihan", "Rincian.Baris[].SkkDalamProses",
            "Rincian.Baris[].SkkDiterima", "Rincian.Baris[].SkkSelesai", "Rincian.Baris[].TingkatPemulihan", "Rincian.Baris[].TunggakanDiserahkan",
            "Rincian.Judul",
            "Ringkasan.BadanUsahaTerdaftar", "Ringkasan.Dipulihkan", "Ringkasan.Hasil[].Hasil", "Ringkasan.Hasil[].Jumlah",
            "Ringkasan.PersentasePemulihan", "Ringkasan.SkkDalamProses", "Ringkasan.SkkDiterima", "Ringkasan.SkkSelesai",
            "Ringkasan.TenagaKerjaDitambahkan", "Ringkasan.TingkatPemulihan", "Ringkasan.TunggakanDiserahkan",
            "Tanggal", "Tembusan[]",
        ], paths);
    }

    [Fact]
    public void Dates_are_iso_and_amounts_are_rupiah_numbers()
    {
        var json = MonthlyReportSample.Create().ToJsonElement();

        Assert.Equal("2022-02-01", json.GetProperty("Bulan").GetString());
        Assert.Equal("2022-03-04", json.GetProperty("Tanggal").GetString());
        Assert.Equal(108_137_709m, json.GetProperty("Ringkasan").GetProperty("Dipulihkan").GetDecimal());
        Assert.Equal("2022-02-16", json.GetProperty("Perkara").GetProperty("Baris")[5].GetProperty("TanggalSkk").GetString());
    }

    [Fact]
    public void Finished_skk_rates_and_case_totals_follow_from_what_the_dashboard_gives()
    {
        var report = MonthlyReportSample.Create();

        Assert.Equal(13, report.Ringkasan.SkkSelesai);
        Assert.Equal("5,0 %", report.Ringkasan.TingkatPemulihan);
        Assert.Equal("5,7 %", report.Rincian.Baris[0].TingkatPemulihan);
        Assert.Equal(8, report.Perkara.JumlahPerkara);
        Assert.Equal(279_993_250m, report.Perkara.TotalTunggakan);
        Assert.Equal(108_642_500m, report.Perkara.TotalDipulihkan);
    }

    [Fact]
    public void The_sample_breakdown_adds_up_to_the_summary()
    {
        var report = MonthlyReportSample.Create();
        var rows = report.Rincian.Baris;

        Assert.Equal(report.Ringkasan.SkkDiterima, rows.Sum(r => r.SkkDiterima));
        Assert.Equal(report.Ringkasan.SkkDalamProses, rows.Sum(r => r.SkkDalamProses));
        Assert.Equal(report.Ringkasan.SkkSelesai, rows.Sum(r => r.SkkSelesai));
        Assert.Equal(report.Ringkasan.TunggakanDiserahkan, rows.Sum(r => r.TunggakanDiserahkan));
        Assert.Equal(report.Ringkasan.Dipulihkan, rows.Sum(r => r.Dipulihkan));
    }

    private static void Collect(JsonElement element, string path, SortedSet<string> paths)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Collect(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, paths);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, path + "[]", paths);
                break;
            default:
                paths.Add(path);
                break;
        }
    }
}
