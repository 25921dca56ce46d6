namespace KejaksaanDatun.Core.Letters;

/// <summary>
/// Realistic data for each letter kind (Kejaksaan Negeri Hulu Sungai Tengah, an SKK of BPJS Ketenagakerjaan
/// Cabang Banjarmasin; the monthly report of Kejaksaan Tinggi Kalimantan Selatan): used to preview templates, by the
/// golden tests and as CLI examples.
/// </summary>
public static class LetterSamples
{
    public static readonly DateOnly LetterDate = new(2026, 2, 16);

    /// <summary>The sample of any kind as the JSON its template is rendered with.</summary>
    public static string JsonFor(LetterKind kind) =>
        kind == LetterKind.LaporanBulanan ? MonthlyReportSample.Create().ToJson() : For(kind).ToJson();

    /// <summary>The sample letter of a case; the monthly report's is <see cref="MonthlyReportSample"/>.</summary>
    public static LetterData For(LetterKind kind) => kind switch
    {
        LetterKind.SuratPerintah => Base() with
        {
            Nomor = "PRINT-12/O.3.14/Gp.2/02/2026",
            Perihal = "Penunjukan Tim Jaksa Pengacara Negara",
            Tujuan = null,
        },
        LetterKind.Skks => Base() with
        {
            Nomor = "SK-12/O.3.14/Gp.2/02/2026",
            Perihal = "Surat Kuasa Khusus Substitusi",
            Tujuan = null,
        },
        LetterKind.Undangan1 => Summons("I", "B-57/O.3.14/Gp.2/02/2026", null),
        LetterKind.Undangan2 => Summons("II", "B-71/O.3.14/Gp.2/02/2026",
        [
            new() { Ke = "I", Nomor = "B-57/O.3.14/Gp.2/02/2026", Tanggal = new(2026, 2, 16), Hasil = "tidak hadir tanpa keterangan" },
        ]),
        LetterKind.Undangan3 => Summons("III", "B-84/O.3.14/Gp.2/03/2026",
        [
            new() { Ke = "I", Nomor = "B-57/O.3.14/Gp.2/02/2026", Tanggal = new(2026, 2, 16), Hasil = "tidak hadir tanpa keterangan" },
            new() { Ke = "II", Nomor = "B-71/O.3.14/Gp.2/02/2026", Tanggal = new(2026, 2, 25), Hasil = "tidak hadir tanpa keterangan" },
        ]),
        LetterKind.Somasi => Base() with
        {
            Nomor = "B-96/O.3.14/Gp.2/03/2026",
            Sifat = "Penting",
            Perihal = "Somasi (Teguran) Pembayaran Tunggakan Iuran BPJS Ketenagakerjaan",
            Undangan = new Undangan
            {
                Sebelumnya =
                [
                    new() { Ke = "I", Nomor = "B-57/O.3.14/Gp.2/02/2026", Tanggal = new(2026, 2, 16), Hasil = "tidak hadir tanpa keterangan" },
                    new() { Ke = "II", Nomor = "B-71/O.3.14/Gp.2/02/2026", Tanggal = new(2026, 2, 25), Hasil = "tidak hadir tanpa keterangan" },
                    new() { Ke = "III", Nomor = "B-84/O.3.14/Gp.2/03/2026", Tanggal = new(2026, 3, 4), Hasil = "tidak hadir tanpa keterangan" },
                ],
            },
            Somasi = new Somasi { BatasHari = 14, BatasTanggal = new(2026, 3, 30) },
        },
        LetterKind.BeritaAcaraPertemuan => Base() with
        {
            Nomor = "BA-09/O.3.14/Gp.2/02/2026",
            Perihal = "Berita Acara Pertemuan Klarifikasi dan Negosiasi",
            Tujuan = null,
            Pertemuan = new Pertemuan
            {
                Jenis = "Klarifikasi dan Negosiasi",
                Tanggal = new DateTimeOffset(2026, 2, 24, 9, 0, 0, TimeSpan.FromHours(8)),
                Jam = "09.00 WITA",
                Tempat = "Ruang Pertemuan Seksi Datun Kejaksaan Negeri Hulu Sungai Tengah",
                Hadir =
                [
                    new() { Nama = "Rina Marlina, S.H.", Jabatan = "Jaksa Pengacara Negara", Mewakili = "Kejaksaan Negeri Hulu Sungai Tengah" },
                    new() { Nama = "Akhmad Syahrani, S.H., M.H.", Jabatan = "Jaksa Pengacara Negara", Mewakili = "Kejaksaan Negeri Hulu Sungai Tengah" },
                    new() { Nama = "Muhammad Rizky Ananda, S.H.", Jabatan = "Penata Madya Pengawasan dan Pemeriksaan", Mewakili = "BPJS Ketenagakerjaan Cabang Banjarmasin" },
                    new() { Nama = "H. Rusdiansyah", Jabatan = "Direktur", Mewakili = "PT Barokah Sawit Murakata" },
                ],
                Pernyataan = "Pihak perusahaan mengakui adanya tunggakan iuran sebagaimana tercantum dalam Surat Kuasa Khusus dan menyatakan kesulitan membayar sekaligus karena turunnya harga tandan buah segar.",
                Kesepakatan = "Perusahaan bersedia melunasi tunggakan iuran beserta dendanya secara angsuran sebanyak 6 (enam) kali mulai Maret 2026 dan menandatangani Surat Pernyataan Kesanggupan Membayar.",
            },
            Penandatangan = Leader(),
            Tembusan = null,
        },
        LetterKind.PernyataanKesanggupan => Base() with
        {
            Nomor = null,
            Perihal = "Surat Pernyataan Kesanggupan Membayar",
            Tujuan = null,
            Kesanggupan = Installments(),
            Penandatangan = Leader(),
            Tembusan = null,
        },
        LetterKind.LaporanPelaksanaanSkk => Base() with
        {
            Nomor = "B-130/O.3.14/Gp.2/04/2026",
            Lampiran = "1 (satu) berkas",
            Perihal = "Laporan Pelaksanaan Surat Kuasa Khusus",
            Tujuan = BpjsHead(),
            Kesanggupan = Installments(),
            Laporan = new Laporan
            {
                Hasil = "Diangsur",
                Kegiatan =
                [
                    new() { Tanggal = new(2026, 2, 16), Uraian = "Surat Undangan I kepada PT Barokah Sawit Murakata; tidak hadir tanpa keterangan." },
                    new() { Tanggal = new(2026, 2, 24), Uraian = "Pertemuan klarifikasi dan negosiasi; perusahaan mengakui tunggakan dan bersedia mengangsur." },
                    new() { Tanggal = new(2026, 2, 27), Uraian = "Penandatanganan Surat Pernyataan Kesanggupan Membayar dalam 6 (enam) kali angsuran." },
                    new() { Tanggal = new(2026, 3, 31), Uraian = "Pembayaran angsuran ke-1 dikonfirmasi BPJS Ketenagakerjaan Cabang Banjarmasin." },
                ],
                JumlahDipulihkan = Installments().Angsuran[0].Jumlah,
                SisaTunggakan = Arrears().Total - Installments().Angsuran[0].Jumlah,
                Kesimpulan = "Pelaksanaan Surat Kuasa Khusus masih berjalan; Jaksa Pengacara Negara memantau pembayaran angsuran berikutnya sampai lunas.",
            },
        },
        LetterKind.PengembalianSkk => Base() with
        {
            Nomor = "B-142/O.3.14/Gp.2/04/2026",
            Lampiran = "1 (satu) berkas",
            Perihal = "Pengembalian Surat Kuasa Khusus",
            Tujuan = BpjsHead(),
            Pengembalian = new Pengembalian
            {
                Alasan = "Badan usaha tidak lagi beroperasi sejak Oktober 2025 dan pengurusnya tidak diketahui keberadaannya, sehingga upaya penagihan di luar pengadilan tidak dapat dilanjutkan.",
                Keterangan = "Telah dilakukan pemanggilan sebanyak 3 (tiga) kali dan peninjauan ke alamat perusahaan pada tanggal 10 Maret 2026.",
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static Kop Kop() => new()
    {
        NamaKejati = "KEJAKSAAN TINGGI KALIMANTAN SELATAN",
        NamaKantor = "KEJAKSAAN NEGERI HULU SUNGAI TENGAH",
        Alamat = "Jl. Murakata No. 3, Barabai Timur, Barabai, Kabupaten Hulu Sungai Tengah 71314",
        Telepon = "(0517) 41023",
        Email = "kejari.hst@kejaksaan.go.id",
        Laman = "www.kejari-hulusungaitengah.kejaksaan.go.id",
        Kota = "Barabai",
        KodeSurat = "O.3.14",
    };

    public static Tunggakan Arrears()
    {
        const decimal monthly = 4_237_500m;
        var lines = new List<BarisTunggakan>();
        for (var month = 1; month <= 12; month++)
        {
            var monthsLate = 14 - month; // counted up to February 2026
            var fee = Math.Round(monthly * 0.02m * monthsLate, 0, MidpointRounding.AwayFromZero);
            lines.Add(new BarisTunggakan
            {
                Periode = new DateOnly(2025, month, 1), Program = "JKK, JKM, JHT, JP",
                Iuran = monthly, Denda = fee, Jumlah = monthly + fee,
            });
        }
        return Tunggakan.From(lines);
    }

    private static Kesanggupan Installments()
    {
        var total = Arrears().Total;
        var part = Math.Floor(total / 6m);
        var plan = Enumerable.Range(1, 6).Select(i => new Angsuran
        {
            Ke = i, JatuhTempo = new DateOnly(2026, 2 + i, 25), Jumlah = i < 6 ? part : total - part * 5,
        }).ToList();
        return new Kesanggupan
        {
            JumlahDisanggupi = total,
            NamaPenanggungJawab = "H. Rusdiansyah",
            JabatanPenanggungJawab = "Direktur PT Barokah Sawit Murakata",
            NikPenanggungJawab = "6307021204750003",
            AlamatPenanggungJawab = "Jl. Perintis Kemerdekaan No. 27, Barabai, Kabupaten Hulu Sungai Tengah",
            Angsuran = plan,
        };
    }

    private static Penandatangan Head() => new()
    {
        Jabatan = "KEPALA KEJAKSAAN NEGERI HULU SUNGAI TENGAH",
        Nama = "TRIMO, S.H., M.H.",
        Pangkat = "Jaksa Utama Pratama",
        Nip = "19720816 199603 1 001",
        Kota = "Barabai",
    };

    private static Penandatangan Leader() => new()
    {
        Jabatan = "Jaksa Pengacara Negara",
        Nama = "RINA MARLINA, S.H.",
        Pangkat = "Jaksa Muda",
        Nip = "19890930 201403 2 003",
        Kota = "Barabai",
    };

    private static Tujuan BpjsHead() => new()
    {
        Jabatan = "Kepala Kantor Cabang",
        Nama = "BPJS Ketenagakerjaan Cabang Banjarmasin",
        Alamat = "Jl. Lambung Mangkurat No. 12, Banjarmasin",
        Kota = "Banjarmasin",
    };

    private static LetterData Base() => new()
    {
        Kop = Kop(),
        Tanggal = LetterDate,
        Sifat = "Biasa",
        Lampiran = "-",
        Tujuan = new Tujuan
        {
            Jabatan = "Pimpinan",
            Nama = "PT Barokah Sawit Murakata",
            Alamat = "Jl. Perintis Kemerdekaan No. 27, Barabai",
            Kota = "Barabai",
        },
        BadanUsaha = new BadanUsaha
        {
            Nama = "PT Barokah Sawit Murakata",
            Npp = "21045678",
            Npwp = "01.234.567.8-731.000",
            Alamat = "Jl. Perintis Kemerdekaan No. 27, Barabai",
            Kabupaten = "Kabupaten Hulu Sungai Tengah",
            Sektor = "Perkebunan kelapa sawit",
            Pimpinan = "H. Rusdiansyah",
            Narahubung = "Siti Aisyah (0812-5123-4410)",
            JumlahTenagaKerja = 148,
        },
        Skk = new SkkData
        {
            Nomor = "SKK/045/012026",
            Tanggal = new(2026, 1, 20),
            BerlakuSampai = new(2027, 1, 19),
            NomorRegister = "REG-14/O.3.14/Gp.2/2026",
            JenisPerkara = "Piutang Iuran",
            PemberiKuasa = "Ahmad Fauzan Noor",
            JabatanPemberiKuasa = "Kepala Kantor Cabang BPJS Ketenagakerjaan Banjarmasin",
            KantorBpjs = "BPJS Ketenagakerjaan Cabang Banjarmasin",
            AlamatKantorBpjs = "Jl. Lambung Mangkurat No. 12, Banjarmasin",
        },
        Tunggakan = Arrears(),
        TimJpn =
        [
            new() { Nama = "Rina Marlina, S.H.", Pangkat = "Jaksa Muda", Nip = "19890930 201403 2 003", Jabatan = "Jaksa Fungsional pada Seksi Perdata dan Tata Usaha Negara", Ketua = true },
            new() { Nama = "Akhmad Syahrani, S.H., M.H.", Pangkat = "Jaksa Muda", Nip = "19870517 201212 1 001", Jabatan = "Jaksa Fungsional pada Seksi Perdata dan Tata Usaha Negara" },
            new() { Nama = "Nor Aina Fitriani, S.H.", Pangkat = "Jaksa Pratama", Nip = "19951208 202012 2 002", Jabatan = "Jaksa Fungsional pada Seksi Perdata dan Tata Usaha Negara" },
        ],
        Penandatangan = Head(),
        Tembusan =
        [
            "Kepala Kejaksaan Tinggi Kalimantan Selatan",
            "Asisten Perdata dan Tata Usaha Negara Kejaksaan Tinggi Kalimantan Selatan",
            "Kepala Kantor Cabang BPJS Ketenagakerjaan Banjarmasin",
            "Arsip",
        ],
    };

    private static LetterData Summons(string ordinal, string number, IReadOnlyList<UndanganSebelumnya>? earlier)
    {
        var meeting = ordinal switch
        {
            "I" => new DateTimeOffset(2026, 2, 24, 9, 0, 0, TimeSpan.FromHours(8)),
            "II" => new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.FromHours(8)),
            _ => new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(8)),
        };
        return Base() with
        {
            Nomor = number,
            Tanggal = ordinal switch { "I" => LetterDate, "II" => new(2026, 2, 25), _ => new(2026, 3, 4) },
            Sifat = ordinal == "III" ? "Penting" : "Biasa",
            Perihal = $"Undangan {ordinal}",
            Undangan = new Undangan
            {
                Ke = ordinal,
                Tanggal = meeting,
                Jam = "09.00 WITA",
                Tempat = "Ruang Pertemuan Seksi Datun Kejaksaan Negeri Hulu Sungai Tengah, Jl. Murakata No. 3, Barabai",
                Keperluan = "klarifikasi dan negosiasi penyelesaian tunggakan iuran BPJS Ketenagakerjaan",
                Narahubung = "Rina Marlina, S.H. (0813-4870-2215)",
                Sebelumnya = earlier,
            },
        };
    }
}
