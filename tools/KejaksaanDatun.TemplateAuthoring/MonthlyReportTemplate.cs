using DocumentFormat.OpenXml.Wordprocessing;
using static KejaksaanDatun.TemplateAuthoring.Parts;

namespace KejaksaanDatun.TemplateAuthoring;

/// <summary>
/// The monthly report of Datun work in the style of form L.Datun.2, rendered with MonthlyReportData: the month's
/// figures, the same figures per office or per JPN, and the cases. Landscape, so that the case table fits.
/// </summary>
public static class MonthlyReportTemplate
{
    private static readonly Pf Centered = new() { Align = JustificationValues.Center };
    private static readonly Pf Number = new() { Align = JustificationValues.Right };
    private static readonly Pf Heading = new() { Before = 240, After = 120, KeepNext = true };
    private const int TableText = 20;

    public static Doc Build()
    {
        var doc = new Doc { Landscape = true };
        doc.P("**L.Datun.2**", Pf.Right with { Size = 20 });
        doc.Kop();
        doc.P("**LAPORAN BULANAN PELAKSANAAN TUGAS BIDANG PERDATA DAN TATA USAHA NEGARA**", Pf.Center with { Size = 26 });
        doc.P("**PENEGAKAN HUKUM, BANTUAN HUKUM DAN PEMULIHAN IURAN BPJS KETENAGAKERJAAN**", Pf.Center);
        doc.P("**BULAN {{ Bulan | bulan | upper }}**", Pf.Center);
        doc.P("Nomor: {{ Nomor }}", Pf.Center with { After = 240 });
        doc.P("Berdasarkan Nota Kesepahaman antara Kejaksaan Republik Indonesia dan BPJS Ketenagakerjaan serta Instruksi Presiden " +
              "Nomor 2 Tahun 2021 tentang Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan, bersama ini kami laporkan " +
              "pelaksanaan tugas Jaksa Pengacara Negara atas Surat Kuasa Khusus (SKK) dari BPJS Ketenagakerjaan di lingkungan " +
              "{{ Kop.NamaKantor | title }} pada bulan {{ Bulan | bulan }}, sebagai berikut:", Pf.Justify with { After = 120 });
        Summary(doc);
        Breakdown(doc);
        Cases(doc);
        doc.P("Demikian laporan ini kami sampaikan sebagai bahan evaluasi pelaksanaan kerja sama dengan BPJS Ketenagakerjaan.",
            Pf.Justify with { Before = 240 });
        return doc.Signature(place: true).Tembusan();
    }

    private static void Summary(Doc doc)
    {
        doc.P("**A.\tRINGKASAN**", Heading with { Tabs = [500] });
        doc.Table([600, doc.Width - 600 - 3200, 3200],
        [
            new Row(Bold("No", Centered), Bold("Uraian", Centered), Bold("Jumlah", Centered)) { Header = true, Shade = true, Size = TableText },
            Figure("1", "SKK diterima", "{{ Ringkasan.SkkDiterima | angka }} SKK"),
            Figure("2", "SKK dalam proses pada akhir bulan", "{{ Ringkasan.SkkDalamProses | angka }} SKK"),
            Figure("3", "SKK selesai", "{{ Ringkasan.SkkSelesai | angka }} SKK"),
            // One row per outcome: the row holding the opening tag repeats.
            new Row(new Cell("{{#each Ringkasan.Hasil}}"), new Cell("– {{ Hasil }}") { Format = new Pf { Left = 300 } },
                new Cell("{{ Jumlah | angka }} SKK{{/each}}") { Format = Number }) { Size = TableText },
            Figure("4", "Tunggakan iuran yang diserahkan", "{{ Ringkasan.TunggakanDiserahkan | rupiah }}"),
            Figure("5", "Iuran yang dipulihkan (dikonfirmasi BPJS Ketenagakerjaan)", "{{ Ringkasan.Dipulihkan | rupiah }}"),
            Figure("6", "Tingkat pemulihan", "{{ Ringkasan.TingkatPemulihan }}"),
            Figure("7", "Badan usaha terdaftar baru (PWBD)", "{{ Ringkasan.BadanUsahaTerdaftar | angka }} badan usaha"),
            Figure("8", "Tenaga kerja ditambahkan (PWBD dan PDS)", "{{ Ringkasan.TenagaKerjaDitambahkan | angka }} orang"),
        ]);
    }

    private static Row Figure(string number, string label, string value) =>
        new(new Cell(number) { Format = Centered }, label, new Cell(value) { Format = Number }) { Size = TableText };

    private static void Breakdown(Doc doc)
    {
        doc.P("**B.\tRINCIAN PER {{ Rincian.Judul | upper }}**", Heading with { Tabs = [500] });
        int[] widths = [600, 0, 1300, 1300, 1300, 2400, 2400, 1500];
        widths[1] = doc.Width - widths.Sum();
        doc.Table(widths,
        [
            new Row(Bold("No", Centered), Bold("{{ Rincian.Judul }}", Centered), Bold("SKK Diterima", Centered), Bold("SKK Dalam Proses", Centered),
                Bold("SKK Selesai", Centered), Bold("Tunggakan Diserahkan", Centered), Bold("Dipulihkan", Centered), Bold("Tingkat Pemulihan", Centered))
            { Header = true, Shade = true, Size = TableText },
            ColumnNumbers(widths.Length),
            new Row(new Cell("{{#each Rincian.Baris}}{{ @index }}") { Format = Centered }, "{{ Nama }}",
                new Cell("{{ SkkDiterima | angka }}") { Format = Number }, new Cell("{{ SkkDalamProses | angka }}") { Format = Number },
                new Cell("{{ SkkSelesai | angka }}") { Format = Number }, new Cell("{{ TunggakanDiserahkan | rupiah }}") { Format = Number },
                new Cell("{{ Dipulihkan | rupiah }}") { Format = Number }, new Cell("{{ TingkatPemulihan }}{{/each}}") { Format = Number })
            { Size = TableText },
            // The total is the summary: the rows add up to it.
            new Row(Bold("JUMLAH", Centered, 2), Bold("{{ Ringkasan.SkkDiterima | angka }}", Number), Bold("{{ Ringkasan.SkkDalamProses | angka }}", Number),
                Bold("{{ Ringkasan.SkkSelesai | angka }}", Number), Bold("{{ Ringkasan.TunggakanDiserahkan | rupiah }}", Number),
                Bold("{{ Ringkasan.Dipulihkan | rupiah }}", Number), Bold("{{ Ringkasan.TingkatPemulihan }}", Number))
            { Shade = true, Size = TableText },
        ]);
    }

    private static void Cases(Doc doc)
    {
        doc.P("**C.\tRINCIAN PERKARA**", Heading with { Tabs = [500] });
        // Amounts up to Rp9.999.999.999 and dates such as "29 November 2021" fit on one line at 10 pt.
        int[] widths = [600, 2000, 0, 1500, 1900, 1900, 1800, 0];
        var rest = doc.Width - widths.Sum();
        widths[2] = rest / 2;
        widths[7] = rest - widths[2];
        doc.Table(widths,
        [
            new Row(Bold("No", Centered), Bold("Nomor dan Tanggal SKK", Centered), Bold("Badan Usaha", Centered), Bold("Jenis Perkara", Centered),
                Bold("Tunggakan", Centered), Bold("Dipulihkan s.d. Akhir Bulan", Centered), Bold("Status", Centered), Bold("Keterangan", Centered))
            { Header = true, Shade = true, Size = TableText },
            ColumnNumbers(widths.Length),
            new Row(new Cell("{{#each Perkara.Baris}}{{ @index }}") { Format = Centered }, "{{ NomorSkk }}\n{{ TanggalSkk | tanggal }}", "{{ BadanUsaha }}",
                "{{ Jenis }}", new Cell("{{ Tunggakan | rupiah }}") { Format = Number }, new Cell("{{ Dipulihkan | rupiah }}") { Format = Number },
                "{{ Status }}", "{{ Keterangan }}{{/each}}")
            { Size = TableText },
            new Row(Bold("JUMLAH ({{ Perkara.JumlahPerkara | angka }} perkara)", Centered, 4), Bold("{{ Perkara.TotalTunggakan | rupiah }}", Number),
                Bold("{{ Perkara.TotalDipulihkan | rupiah }}", Number), new Cell("", 2))
            { Shade = true, Size = TableText },
        ]);
    }

    /// <summary>The row of column numbers under a form's header: (1), (2), …</summary>
    private static Row ColumnNumbers(int count) =>
        new(Enumerable.Range(1, count).Select(i => new Cell($"({i})") { Format = Centered with { Size = 16 } }).ToArray()) { Header = true, Size = 16 };
}
