using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Letters;

/// <summary>
/// The monthly report of Kejaksaan Tinggi Kalimantan Selatan for February 2022, filled the way the dashboard fills
/// it: figures in sen turned into rupiah, rates by <see cref="RecoveryMath"/>, words by <see cref="DomainLabels"/>.
/// Its totals are those of the province's recap: 13 SKK finished, Rp108.137.709 recovered, 5,0 %.
/// </summary>
public static class MonthlyReportSample
{
    public static MonthlyReportData Create()
    {
        MonthlyReportBreakdownRow Office(string name, int received, int open, int finished, long arrears, long recovered) => new()
        {
            Nama = name, SkkDiterima = received, SkkDalamProses = open, SkkSelesai = finished,
            TunggakanDiserahkan = arrears, Dipulihkan = recovered, PersentasePemulihan = Rate(arrears, recovered),
        };
        var offices = new[]
        {
            Office("Kejaksaan Negeri Banjarmasin", 2, 7, 5, 1_050_000_000, 60_000_000),
            Office("Kejaksaan Negeri Hulu Sungai Tengah", 2, 5, 4, 612_754_180, 30_637_709),
            Office("Kejaksaan Negeri Banjarbaru", 1, 4, 2, 300_000_000, 9_000_000),
            Office("Kejaksaan Negeri Tanah Laut", 1, 3, 1, 150_000_000, 6_000_000),
            Office("Kejaksaan Negeri Kotabaru", 0, 2, 1, 50_000_000, 2_500_000),
        };
        var arrears = (long)offices.Sum(o => o.TunggakanDiserahkan);
        var recovered = (long)offices.Sum(o => o.Dipulihkan);

        return new MonthlyReportData
        {
            Kop = new Kop
            {
                NamaKantor = "KEJAKSAAN TINGGI KALIMANTAN SELATAN",
                Alamat = "Jl. Jenderal Sudirman No. 29, Antasan Besar, Banjarmasin 70114",
                Telepon = "(0511) 3352427",
                Email = "kejati.kalsel@kejaksaan.go.id",
                Laman = "www.kejati-kalimantanselatan.kejaksaan.go.id",
                Kota = "Banjarmasin",
                KodeSurat = "O.3",
            },
            Nomor = "R-17/O.3/Gp.2/03/2022",
            Tanggal = new DateOnly(2022, 3, 4),
            Bulan = new DateOnly(2022, 2, 1),
            Ringkasan = new MonthlyReportSummary
            {
                SkkDiterima = offices.Sum(o => o.SkkDiterima),
                SkkDalamProses = offices.Sum(o => o.SkkDalamProses),
                Hasil =
                [
                    Outcome(CaseOutcome.Lunas, 7),
                    Outcome(CaseOutcome.SebagianDikembalikan, 2),
                    Outcome(CaseOutcome.TidakBerhasil, 3),
                    Outcome(CaseOutcome.Dicabut, 1),
                ],
                TunggakanDiserahkan = arrears,
                Dipulihkan = recovered,
                PersentasePemulihan = Rate(arrears, recovered),
                BadanUsahaTerdaftar = 4,
                TenagaKerjaDitambahkan = 57,
            },
            Rincian = new MonthlyReportBreakdown { Judul = "Satuan Kerja", Baris = offices },
            Perkara = new MonthlyReportCases
            {
                Baris =
                [
                    Case("SKK/002/112021", new(2021, 11, 15), "PT Borneo Kayu Lestari", CaseType.PiutangIuran, 126_300_000, 31_575_000,
                        DomainLabels.Of(SkkStatus.Ditangani), "Angsuran ke-2 dari 8"),
                    Case("SKK/003/112021", new(2021, 11, 29), "RS Ibu dan Anak Banua Sehat", CaseType.PiutangIuran, 24_880_000, 12_440_000,
                        DomainLabels.Of(CaseOutcome.SebagianDikembalikan), "Sisa tunggakan dikembalikan ke BPJS"),
                    Case("SKK/004/122021", new(2021, 12, 6), "CV Batang Alai Sejahtera", CaseType.PiutangIuran, 9_125_400, 0,
                        DomainLabels.Of(CaseOutcome.TidakBerhasil), "Perusahaan tutup sejak Oktober 2021"),
                    Case("SKK/007/012022", new(2022, 1, 12), "PT Barokah Sawit Murakata", CaseType.PiutangIuran, 58_477_500, 58_477_500,
                        DomainLabels.Of(CaseOutcome.Lunas), "Lunas 10 Februari 2022"),
                    Case("SKK/009/012022", new(2022, 1, 20), "CV Murakata Jaya Konstruksi", CaseType.PiutangIuran, 18_450_000, 6_150_000,
                        DomainLabels.Of(SkkStatus.Ditangani), "Angsuran ke-1 dari 3"),
                    Case("SKK/011/022022", new(2022, 2, 16), "UD Sumber Rezeki Barabai", CaseType.Pwbd, 0, 0,
                        DomainLabels.Of(SkkStatus.Ditangani), "NPP terbit; 12 tenaga kerja didaftarkan"),
                    Case("SKK/013/022022", new(2022, 2, 16), "PT Hulu Sungai Agro Lestari", CaseType.PdsUpah, 42_760_350, 0,
                        DomainLabels.Of(SkkStatus.Ditangani), "Undangan II untuk 24 Februari 2022"),
                    Case("SKK/015/022022", new(2022, 2, 21), "PT Tanjung Batu Bara Mandiri", CaseType.PdsTenagaKerja, 0, 0,
                        DomainLabels.Of(SkkStatus.Diterima), "Menunggu Surat Perintah"),
                ],
            },
            Penandatangan = new Penandatangan
            {
                AtasNama = "a.n. KEPALA KEJAKSAAN TINGGI KALIMANTAN SELATAN",
                Jabatan = "ASISTEN PERDATA DAN TATA USAHA NEGARA",
                Nama = "HENDRA SETIAWAN, S.H., M.H.",
                Pangkat = "Jaksa Utama Pratama",
                Nip = "19730514 199903 1 002",
                Kota = "Banjarmasin",
            },
            Tembusan =
            [
                "Jaksa Agung Muda Perdata dan Tata Usaha Negara",
                "Kepala Kejaksaan Tinggi Kalimantan Selatan",
                "Deputi Direktur Wilayah BPJS Ketenagakerjaan Kalimantan",
                "Arsip",
            ],
        };
    }

    private static decimal Rate(long arrearsRupiah, long recoveredRupiah) =>
        RecoveryMath.RecoveryRate(Money.FromRupiah(arrearsRupiah).Sen, Money.FromRupiah(recoveredRupiah).Sen);

    private static MonthlyReportOutcomeCount Outcome(CaseOutcome outcome, int count) => new() { Hasil = DomainLabels.Of(outcome), Jumlah = count };

    private static MonthlyReportCaseRow Case(string number, DateOnly date, string employer, CaseType type, long arrears, long recovered,
        string status, string note) => new()
    {
        NomorSkk = number, TanggalSkk = date, BadanUsaha = employer, Jenis = DomainLabels.Of(type),
        Tunggakan = arrears, Dipulihkan = recovered, Status = status, Keterangan = note,
    };
}
