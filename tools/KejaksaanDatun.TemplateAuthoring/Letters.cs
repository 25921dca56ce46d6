using DocumentFormat.OpenXml.Wordprocessing;
using KejaksaanDatun.Core.Letters;
using static KejaksaanDatun.TemplateAuthoring.Parts;

namespace KejaksaanDatun.TemplateAuthoring;

/// <summary>The default letters, written as Datun letters of a Kejaksaan Negeri are written.</summary>
public static class Letters
{
    private const string SkkRef = "Surat Kuasa Khusus dari {{ Skk.JabatanPemberiKuasa }} Nomor: {{ Skk.Nomor }} tanggal {{ Skk.Tanggal | tanggal }}";
    private const string Employer = "**{{ BadanUsaha.Nama }}** (NPP {{ BadanUsaha.Npp }})";
    private const string Total = "**{{ Tunggakan.Total | rupiah }}** (~~{{ Tunggakan.Total | terbilang_rupiah }}~~)";

    public static Doc Build(LetterKind kind) => kind switch
    {
        LetterKind.SuratPerintah => SuratPerintah(),
        LetterKind.Skks => Skks(),
        LetterKind.Undangan1 => Undangan("I"),
        LetterKind.Undangan2 => Undangan("II"),
        LetterKind.Undangan3 => Undangan("III"),
        LetterKind.Somasi => Somasi(),
        LetterKind.BeritaAcaraPertemuan => BeritaAcara(),
        LetterKind.PernyataanKesanggupan => Kesanggupan(),
        LetterKind.LaporanPelaksanaanSkk => LaporanPelaksanaan(),
        LetterKind.PengembalianSkk => Pengembalian(),
        LetterKind.LaporanBulanan => MonthlyReportTemplate.Build(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static Doc Undangan(string ordinal)
    {
        var doc = new Doc().Kop().LetterHead();
        if (ordinal == "I")
        {
            doc.P($"Sehubungan dengan {SkkRef} kepada Kepala Kejaksaan Negeri, dengan hak substitusi kepada Jaksa Pengacara Negara, " +
                  $"perihal penyelesaian tunggakan iuran BPJS Ketenagakerjaan {Employer}, bersama ini kami mengundang Pimpinan " +
                  "perusahaan atau pejabat yang mewakili dengan membawa surat kuasa untuk hadir pada:", BodyText);
        }
        else
        {
            doc.P($"Menindaklanjuti {SkkRef} perihal penyelesaian tunggakan iuran BPJS Ketenagakerjaan {Employer}, " +
                  "kami telah menyampaikan undangan kepada Saudara sebagai berikut:", BodyText);
            doc.P("{{#each Undangan.Sebelumnya}}");
            doc.Point("{{ @index }}.", "Undangan {{ Ke }} Nomor: {{ Nomor }} tanggal {{ Tanggal | tanggal }}: {{ Hasil }};");
            doc.P("{{/each}}");
            doc.P($"Untuk itu, bersama ini kami mengundang kembali Pimpinan perusahaan atau pejabat yang mewakili dengan membawa surat kuasa, " +
                  $"untuk yang {(ordinal == "II" ? "kedua" : "ketiga dan terakhir")} kalinya, agar hadir pada:", BodyText);
        }
        doc.Fields(BodyIndent + Cm, 3 * Cm,
            ("Hari/Tanggal", "**{{ Undangan.Tanggal | hari }}, {{ Undangan.Tanggal | tanggal }}**"),
            ("Pukul", "{{ Undangan.Jam }} s.d. selesai"),
            ("Tempat", "{{ Undangan.Tempat }}"),
            ("Keperluan", "{{ Undangan.Keperluan }}"));
        doc.P("Berdasarkan data {{ Skk.KantorBpjs }}, tunggakan iuran perusahaan Saudara periode {{ Tunggakan.PeriodeAwal | bulan }} " +
              "s.d. {{ Tunggakan.PeriodeAkhir | bulan }} adalah sebagai berikut:", BodyText);
        doc.ArrearsTable();
        doc.P($"Jumlah tunggakan iuran beserta denda sebesar {Total}.", BodyFlat);
        doc.P("Pada saat menghadiri undangan ini, mohon membawa akta pendirian perusahaan, daftar tenaga kerja beserta upahnya, dan bukti " +
              "pembayaran iuran (apabila ada). Informasi lebih lanjut dapat diperoleh dari Jaksa Pengacara Negara {{ Undangan.Narahubung }}.", BodyText);
        if (ordinal == "III")
        {
            doc.P("Apabila Saudara tidak memenuhi undangan ini tanpa alasan yang sah, Jaksa Pengacara Negara akan mengambil langkah hukum " +
                  "sesuai ketentuan peraturan perundang-undangan, termasuk menyampaikan somasi dan mengajukan gugatan ke Pengadilan Negeri, " +
                  "serta merekomendasikan pengenaan sanksi administratif tidak mendapat pelayanan publik tertentu sebagaimana diatur dalam " +
                  "Peraturan Pemerintah Nomor 86 Tahun 2013.", BodyText);
        }
        doc.P("Demikian disampaikan, atas perhatian dan kehadiran Saudara diucapkan terima kasih.", BodyText);
        return doc.Signature().Tembusan();
    }

    private static Doc Somasi()
    {
        var doc = new Doc().Kop().LetterHead();
        doc.P($"Kami, Jaksa Pengacara Negara pada {{{{ Kop.NamaKantor | title }}}}, bertindak untuk dan atas nama {{{{ Skk.KantorBpjs }}}} " +
              $"berdasarkan {SkkRef}, dengan ini menyampaikan **SOMASI (TEGURAN)** kepada {Employer} sebagai berikut:", BodyText);
        doc.Point("1.", "Bahwa berdasarkan Pasal 19 Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial, pemberi kerja " +
                        "wajib memungut iuran yang menjadi beban peserta dari pekerjanya serta membayar dan menyetorkan iuran yang menjadi " +
                        "tanggung jawabnya kepada BPJS;");
        doc.Point("2.", "Bahwa perusahaan Saudara belum membayar iuran BPJS Ketenagakerjaan periode {{ Tunggakan.PeriodeAwal | bulan }} s.d. " +
                        "{{ Tunggakan.PeriodeAkhir | bulan }} dengan rincian sebagai berikut:");
        doc.ArrearsTable();
        doc.Point("3.", "Bahwa Jaksa Pengacara Negara telah mengundang Saudara untuk menyelesaikan tunggakan tersebut, yaitu:");
        doc.P("{{#each Undangan.Sebelumnya}}");
        doc.Point("{{ @index }})", "Undangan {{ Ke }} Nomor: {{ Nomor }} tanggal {{ Tanggal | tanggal }}: {{ Hasil }};", BodyIndent + 450);
        doc.P("{{/each}}");
        doc.Point("4.", $"Bahwa oleh karena itu kami meminta Saudara melunasi tunggakan iuran beserta denda sebesar {Total} dalam waktu " +
                        "{{ Somasi.BatasHari }} ({{ Somasi.BatasHari | terbilang }}) hari, selambat-lambatnya pada tanggal " +
                        "**{{ Somasi.BatasTanggal | tanggal }}**, langsung ke rekening {{ Skk.KantorBpjs }}, atau menghubungi Jaksa " +
                        "Pengacara Negara untuk membicarakan penyelesaiannya;");
        doc.Point("5.", "Bahwa apabila somasi ini tidak Saudara indahkan, Jaksa Pengacara Negara akan mengajukan gugatan ke Pengadilan Negeri " +
                        "dan merekomendasikan pengenaan sanksi administratif sesuai Peraturan Pemerintah Nomor 86 Tahun 2013, tanpa " +
                        "pemberitahuan lebih lanjut.");
        doc.P("Demikian somasi ini disampaikan untuk menjadi perhatian dan dilaksanakan.", BodyText with { Before = 120 });
        return doc.Signature().Tembusan();
    }

    private static Doc SuratPerintah()
    {
        var doc = new Doc().Kop();
        doc.Title("SURAT PERINTAH", subtitle: "{{ Penandatangan.Jabatan | upper }}");
        var label = new Pf { Tabs = [3 * Cm, 3 * Cm + 300, 3 * Cm + 750], Left = 3 * Cm + 750, Hanging = 3 * Cm + 750, Align = JustificationValues.Both, After = 60 };
        var more = label with { Hanging = 450 };
        doc.P("Menimbang\t:\ta.\tbahwa Kepala Kejaksaan Negeri telah menerima " + SkkRef + " dengan hak substitusi, untuk menyelesaikan " +
              "tunggakan iuran BPJS Ketenagakerjaan " + Employer + " sebesar " + Total + ";", label);
        doc.P("b.\tbahwa untuk melaksanakan Surat Kuasa Khusus tersebut perlu menunjuk Jaksa Pengacara Negara dengan Surat Perintah;", more);
        doc.P("Dasar\t:\t1.\tUndang-Undang Nomor 16 Tahun 2004 tentang Kejaksaan Republik Indonesia sebagaimana telah diubah dengan " +
              "Undang-Undang Nomor 11 Tahun 2021;", label with { Before = 120 });
        doc.P("2.\tUndang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial;", more);
        doc.P("3.\tPeraturan Pemerintah Nomor 86 Tahun 2013 tentang Tata Cara Pengenaan Sanksi Administratif kepada Pemberi Kerja Selain " +
              "Penyelenggara Negara dan Setiap Orang, Selain Pemberi Kerja, Pekerja, dan Penerima Bantuan Iuran dalam Penyelenggaraan Jaminan Sosial;", more);
        doc.P("4.\tInstruksi Presiden Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan;", more);
        doc.P("5.\tPerjanjian Kerja Sama antara {{ Skk.KantorBpjs }} dan {{ Kop.NamaKantor | title }} tentang Penanganan Masalah Hukum " +
              "Bidang Perdata dan Tata Usaha Negara;", more);
        doc.P("6.\t" + SkkRef + ", register Nomor: {{ Skk.NomorRegister }}.", more);
        doc.P("**MEMERINTAHKAN:**", Pf.Center with { Before = 200, After = 120 });
        doc.P("Kepada\t:", label);
        var widths = new[] { 550, 0, 0, 0, 1500 };
        var rest = doc.Width - 550 - 1500;
        widths[1] = rest * 33 / 100; widths[2] = rest * 33 / 100; widths[3] = rest - widths[1] - widths[2];
        var center = new Pf { Align = JustificationValues.Center };
        doc.Table(widths,
        [
            new Row(Bold("No", center), Bold("Nama", center), Bold("Pangkat/NIP", center), Bold("Jabatan", center), Bold("Kedudukan", center)) { Header = true, Shade = true, Size = 20 },
            new Row(new Cell("{{#each TimJpn}}{{ @index }}") { Format = center }, "{{ Nama }}", "{{ Pangkat }}\nNIP. {{ Nip }}", "{{ Jabatan }}",
                new Cell("{{ Kedudukan }}{{/each}}") { Format = center }) { Size = 20 },
        ]);
        doc.P("", new Pf { After = 120 });
        doc.P("Untuk\t:\t1.\tMelaksanakan Surat Kuasa Khusus tersebut sebagai Jaksa Pengacara Negara, baik bersama-sama maupun sendiri-sendiri, " +
              "melalui pemanggilan, klarifikasi, negosiasi, fasilitasi dan tindakan hukum lain di luar pengadilan terhadap " + Employer + ";", label);
        doc.P("2.\tMelaporkan pelaksanaan Surat Perintah ini kepada Kepala Kejaksaan Negeri secara berkala dan setelah selesai;", more);
        doc.P("3.\tMelaksanakan Surat Perintah ini dengan penuh tanggung jawab.", more);
        doc.P("", new Pf { After = 120 });
        var issued = new Pf { Left = doc.Width / 2, Tabs = [doc.Width / 2 + 3 * Cm + 200], KeepNext = true };
        doc.P("Dikeluarkan di\t: {{ Kop.Kota }}", issued);
        doc.P("__Pada tanggal\t: {{ Tanggal | tanggal }}__", issued);
        return doc.Signature().Tembusan();
    }

    private static Doc Skks()
    {
        var doc = new Doc().Kop();
        doc.Title("SURAT KUASA KHUSUS SUBSTITUSI");
        doc.P("Yang bertanda tangan di bawah ini:", Pf.Justify with { After = 60 });
        doc.Fields(Cm, 3 * Cm,
            ("Nama", "**{{ Penandatangan.Nama }}**"),
            ("Pangkat/NIP", "{{ Penandatangan.Pangkat }} / NIP. {{ Penandatangan.Nip }}"),
            ("Jabatan", "{{ Penandatangan.Jabatan | title }}"),
            ("Alamat", "{{ Kop.Alamat }}"));
        doc.P("berdasarkan " + SkkRef + ", yang diberikan oleh {{ Skk.PemberiKuasa }} selaku {{ Skk.JabatanPemberiKuasa }} dengan hak " +
              "substitusi, dengan ini memberikan kuasa substitusi kepada:", Pf.Justify with { After = 120 });
        var center = new Pf { Align = JustificationValues.Center };
        var rest = doc.Width - 600;
        doc.Table([600, rest * 40 / 100, rest * 27 / 100, rest - rest * 40 / 100 - rest * 27 / 100],
        [
            new Row(Bold("No", center), Bold("Nama", center), Bold("Pangkat/NIP", center), Bold("Jabatan", center)) { Header = true, Shade = true, Size = 20 },
            new Row(new Cell("{{#each TimJpn}}{{ @index }}") { Format = center }, "{{ Nama }}", "{{ Pangkat }}\nNIP. {{ Nip }}", "{{ Jabatan }}{{/each}}") { Size = 20 },
        ]);
        doc.P("kesemuanya Jaksa Pengacara Negara pada {{ Kop.NamaKantor | title }}, berkantor di {{ Kop.Alamat }}, baik bersama-sama " +
              "maupun sendiri-sendiri, selanjutnya disebut **PENERIMA KUASA**.", Pf.Justify with { Before = 120, After = 120 });
        doc.P("**K H U S U S**", Pf.Center with { After = 120 });
        doc.P("Untuk dan atas nama {{ Skk.KantorBpjs }} melakukan penagihan dan penyelesaian tunggakan iuran BPJS Ketenagakerjaan terhadap " +
              Employer + ", beralamat di {{ BadanUsaha.Alamat }}, {{ BadanUsaha.Kabupaten }}, sebesar " + Total + ", meliputi " +
              "periode {{ Tunggakan.PeriodeAwal | bulan }} s.d. {{ Tunggakan.PeriodeAkhir | bulan }}.", Pf.Justify with { After = 120 });
        doc.P("Untuk keperluan tersebut Penerima Kuasa berhak memanggil dan menghadap pimpinan badan usaha, melakukan klarifikasi, " +
              "negosiasi, fasilitasi dan mediasi, membuat dan menandatangani berita acara serta surat pernyataan kesanggupan membayar, " +
              "menerima laporan pembayaran, dan melakukan segala tindakan hukum lain di luar pengadilan yang dipandang perlu, dengan " +
              "ketentuan bahwa pembayaran dilakukan langsung oleh badan usaha ke rekening {{ Skk.KantorBpjs }}.", Pf.Justify with { After = 120 });
        doc.P("Surat kuasa substitusi ini berlaku sampai dengan tanggal **{{ Skk.BerlakuSampai | tanggal }}**.", Pf.Justify);
        doc.Signature(place: true);
        doc.P("", new Pf { After = 120 });
        doc.P("**PENERIMA KUASA:**", new Pf { KeepNext = true, After = 60 });
        var sign = doc.Width - 600 - 6 * Cm;
        doc.Table([600, 6 * Cm, sign],
        [
            new Row(new Cell("{{#each TimJpn}}{{ @index }}.") { Format = center }, "**{{ Nama }}**\nNIP. {{ Nip }}", "\n……………………………………{{/each}}") { Size = 22 },
        ], borders: false);
        return doc.Tembusan();
    }

    private static Doc BeritaAcara()
    {
        var doc = new Doc().Kop();
        doc.Title("BERITA ACARA PERTEMUAN {{ Pertemuan.Jenis | upper }}");
        doc.P("Pada hari ini **{{ Pertemuan.Tanggal | hari }}** tanggal **{{ Pertemuan.Tanggal | tanggal }}** pukul {{ Pertemuan.Jam }}, " +
              "bertempat di {{ Pertemuan.Tempat }}, telah dilaksanakan pertemuan {{ Pertemuan.Jenis | lower }} dalam rangka pelaksanaan " +
              SkkRef + ", register Nomor: {{ Skk.NomorRegister }}, tentang penyelesaian tunggakan iuran BPJS Ketenagakerjaan " + Employer +
              ", yang dihadiri oleh:", Pf.Justify with { After = 120 });
        var center = new Pf { Align = JustificationValues.Center };
        var rest = doc.Width - 600 - 2400;
        doc.Table([600, rest * 34 / 100, rest * 30 / 100, rest - rest * 34 / 100 - rest * 30 / 100, 2400],
        [
            new Row(Bold("No", center), Bold("Nama", center), Bold("Jabatan", center), Bold("Mewakili", center), Bold("Tanda Tangan", center)) { Header = true, Shade = true, Size = 20 },
            new Row(new Cell("{{#each Pertemuan.Hadir}}{{ @index }}") { Format = center }, "{{ Nama }}", "{{ Jabatan }}", "{{ Mewakili }}",
                new Cell("{{ @index }}. ……………{{/each}}") { Format = new Pf { Before = 200 } }) { Size = 20 },
        ]);
        doc.P("", new Pf { After = 60 });
        doc.P("Dalam pertemuan tersebut Jaksa Pengacara Negara menyampaikan bahwa berdasarkan data {{ Skk.KantorBpjs }}, tunggakan iuran " +
              "periode {{ Tunggakan.PeriodeAwal | bulan }} s.d. {{ Tunggakan.PeriodeAkhir | bulan }} berjumlah " + Total +
              ", dengan hasil pertemuan sebagai berikut:", Pf.Justify with { After = 120 });
        doc.Point("1.", "**Pernyataan badan usaha:** {{ Pertemuan.Pernyataan }}", 0);
        doc.Point("2.", "**Kesepakatan:** {{ Pertemuan.Kesepakatan }}", 0);
        doc.P("Demikian Berita Acara ini dibuat dengan sebenarnya, ditandatangani oleh para pihak yang hadir, untuk dipergunakan " +
              "sebagaimana mestinya.", Pf.Justify with { Before = 120, After = 240 });
        var half = doc.Width / 2;
        doc.Table([half, doc.Width - half],
        [
            new Row(new Cell("Pihak Badan Usaha,\n**{{ BadanUsaha.Nama }}**\n\n\n\n**__{{ BadanUsaha.Pimpinan }}__**") { Format = Pf.Center },
                    new Cell("{{ Penandatangan.Kota }}, {{ Tanggal | tanggal }}\n**{{ Penandatangan.Jabatan }},**\n\n\n\n**__{{ Penandatangan.Nama }}__**\n{{ Penandatangan.Pangkat }}\nNIP. {{ Penandatangan.Nip }}") { Format = Pf.Center }) { Size = 24 },
        ], borders: false);
        return doc;
    }

    private static Doc Kesanggupan()
    {
        var doc = new Doc().Kop();
        doc.Title("SURAT PERNYATAAN KESANGGUPAN MEMBAYAR", number: false);
        doc.P("Yang bertanda tangan di bawah ini:", Pf.Justify with { After = 60 });
        doc.Fields(Cm, 3 * Cm,
            ("Nama", "**{{ Kesanggupan.NamaPenanggungJawab }}**"),
            ("NIK", "{{ Kesanggupan.NikPenanggungJawab }}"),
            ("Jabatan", "{{ Kesanggupan.JabatanPenanggungJawab }}"),
            ("Alamat", "{{ Kesanggupan.AlamatPenanggungJawab }}"));
        doc.P("dalam hal ini bertindak untuk dan atas nama " + Employer + ", NPWP {{ BadanUsaha.Npwp }}, beralamat di {{ BadanUsaha.Alamat }}, " +
              "{{ BadanUsaha.Kabupaten }}, selanjutnya disebut **Badan Usaha**, dengan ini menyatakan:", Pf.Justify with { After = 120 });
        doc.Point("1.", "Mengakui bahwa Badan Usaha mempunyai tunggakan iuran BPJS Ketenagakerjaan beserta denda periode " +
                        "{{ Tunggakan.PeriodeAwal | bulan }} s.d. {{ Tunggakan.PeriodeAkhir | bulan }} sebesar " + Total +
                        ", sebagaimana ditagih berdasarkan " + SkkRef + ";", 0);
        doc.Point("2.", "Sanggup membayar sebesar **{{ Kesanggupan.JumlahDisanggupi | rupiah }}** (~~{{ Kesanggupan.JumlahDisanggupi | terbilang_rupiah }}~~) " +
                        "secara angsuran, langsung ke rekening {{ Skk.KantorBpjs }}, dengan jadwal sebagai berikut:", 0);
        var center = new Pf { Align = JustificationValues.Center };
        var money = new Pf { Align = JustificationValues.Right };
        var width = doc.Width - 450;
        doc.Table([1800, (width - 1800) / 2, width - 1800 - (width - 1800) / 2],
        [
            new Row(Bold("Angsuran Ke", center), Bold("Jatuh Tempo", center), Bold("Jumlah", center)) { Header = true, Shade = true, Size = 22 },
            new Row(new Cell("{{#each Kesanggupan.Angsuran}}{{ Ke }}") { Format = center }, new Cell("{{ JatuhTempo | tanggal }}") { Format = center },
                new Cell("{{ Jumlah | rupiah }}{{/each}}") { Format = money }) { Size = 22 },
            new Row(Bold("Jumlah", center, 2), Bold("{{ Kesanggupan.JumlahDisanggupi | rupiah }}", money)) { Size = 22 },
        ], indent: 450);
        doc.P("", new Pf { After = 80 });
        doc.Point("3.", "Menyampaikan bukti setiap pembayaran kepada Jaksa Pengacara Negara dan {{ Skk.KantorBpjs }} paling lambat 3 (tiga) " +
                        "hari setelah pembayaran;", 0);
        doc.Point("4.", "Apabila Badan Usaha tidak membayar satu kali angsuran pada jatuh temponya, seluruh sisa tunggakan menjadi jatuh tempo " +
                        "dan dapat ditagih sekaligus, dan Badan Usaha bersedia digugat ke Pengadilan Negeri serta dikenai sanksi administratif " +
                        "sesuai ketentuan peraturan perundang-undangan.", 0);
        doc.P("Demikian surat pernyataan ini dibuat dengan sadar, tanpa paksaan dari pihak mana pun, untuk dipergunakan sebagaimana mestinya.",
            Pf.Justify with { Before = 120, After = 240, KeepNext = true });
        var half = doc.Width / 2;
        doc.Table([half, doc.Width - half],
        [
            new Row(new Cell("\nMengetahui,\n**{{ Penandatangan.Jabatan }},**\n\n\n\n**__{{ Penandatangan.Nama }}__**\n{{ Penandatangan.Pangkat }}\nNIP. {{ Penandatangan.Nip }}") { Format = Pf.Center },
                    new Cell("{{ Penandatangan.Kota }}, {{ Tanggal | tanggal }}\nYang membuat pernyataan,\n**{{ Kesanggupan.JabatanPenanggungJawab }}**\n\n~~meterai Rp10.000~~\n\n**__{{ Kesanggupan.NamaPenanggungJawab }}__**") { Format = Pf.Center }) { Size = 24 },
        ], borders: false);
        return doc;
    }

    private static Doc LaporanPelaksanaan()
    {
        var doc = new Doc().Kop().LetterHead();
        doc.P("Menindaklanjuti " + SkkRef + " perihal penyelesaian tunggakan iuran BPJS Ketenagakerjaan " + Employer + ", yang telah kami " +
              "terima dan daftar dengan register Nomor: {{ Skk.NomorRegister }}, bersama ini kami laporkan pelaksanaannya sebagai berikut:", BodyText);
        doc.Point("1.", "**Data perkara**");
        doc.Fields(BodyIndent + 450, 4 * Cm + 500,
            ("Badan usaha", "{{ BadanUsaha.Nama }}"),
            ("Alamat", "{{ BadanUsaha.Alamat }}, {{ BadanUsaha.Kabupaten }}"),
            ("Jenis perkara", "{{ Skk.JenisPerkara }}"),
            ("Tunggakan diserahkan", "{{ Tunggakan.Total | rupiah }}"));
        doc.Point("2.", "**Kegiatan yang telah dilaksanakan**");
        var center = new Pf { Align = JustificationValues.Center };
        var indent = BodyIndent + 450;
        var width = doc.Width - indent;
        doc.Table([600, 2300, width - 2900],
        [
            new Row(Bold("No", center), Bold("Tanggal", center), Bold("Uraian", center)) { Header = true, Shade = true, Size = 20 },
            new Row(new Cell("{{#each Laporan.Kegiatan}}{{ @index }}") { Format = center }, new Cell("{{ Tanggal | tanggal }}") { Format = center },
                new Cell("{{ Uraian }}{{/each}}")) { Size = 20 },
        ], indent: indent);
        doc.P("", new Pf { After = 60 });
        doc.Point("3.", "**Hasil:** {{ Laporan.Hasil }}. Jumlah yang telah dipulihkan dan dikonfirmasi sebesar " +
                        "**{{ Laporan.JumlahDipulihkan | rupiah }}** (~~{{ Laporan.JumlahDipulihkan | terbilang_rupiah }}~~), " +
                        "sisa tunggakan sebesar **{{ Laporan.SisaTunggakan | rupiah }}**.");
        doc.P("{{#if Kesanggupan}}");
        doc.P("Badan usaha telah menandatangani Surat Pernyataan Kesanggupan Membayar sebesar {{ Kesanggupan.JumlahDisanggupi | rupiah }} " +
              "dengan jadwal angsuran sebagai berikut:", BodyFlat with { Left = indent });
        var money = new Pf { Align = JustificationValues.Right };
        doc.Table([1500, (width - 1500) / 2, width - 1500 - (width - 1500) / 2],
        [
            new Row(Bold("Angsuran Ke", center), Bold("Jatuh Tempo", center), Bold("Jumlah", center)) { Header = true, Shade = true, Size = 20 },
            new Row(new Cell("{{#each Kesanggupan.Angsuran}}{{ Ke }}") { Format = center }, new Cell("{{ JatuhTempo | tanggal }}") { Format = center },
                new Cell("{{ Jumlah | rupiah }}{{/each}}") { Format = money }) { Size = 20 },
        ], indent: indent);
        doc.P("", new Pf { After = 60 });
        doc.P("{{/if}}");
        doc.Point("4.", "**Kesimpulan:** {{ Laporan.Kesimpulan }}");
        doc.P("Demikian laporan ini disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", BodyText with { Before = 120 });
        return doc.Signature().Tembusan();
    }

    private static Doc Pengembalian()
    {
        var doc = new Doc().Kop().LetterHead();
        doc.P("Sehubungan dengan " + SkkRef + " perihal penyelesaian tunggakan iuran BPJS Ketenagakerjaan " + Employer + " sebesar " + Total +
              ", register Nomor: {{ Skk.NomorRegister }}, bersama ini kami sampaikan bahwa Surat Kuasa Khusus tersebut kami kembalikan " +
              "dengan alasan sebagai berikut:", BodyText);
        doc.P("{{ Pengembalian.Alasan }}", BodyFlat with { Left = BodyIndent + Cm });
        doc.P("{{#if Pengembalian.Keterangan}}");
        doc.P("{{ Pengembalian.Keterangan }}", BodyText);
        doc.P("{{/if}}");
        doc.P("Bersama ini kami lampirkan asli Surat Kuasa Khusus beserta berkas pendukungnya. Apabila di kemudian hari diperoleh data " +
              "atau keadaan baru, Surat Kuasa Khusus dapat diserahkan kembali untuk ditindaklanjuti.", BodyText);
        doc.P("Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.", BodyText);
        return doc.Signature().Tembusan();
    }
}
