using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Documents;
using KejaksaanDatun.TemplateAuthoring;

namespace KejaksaanDatun.Cli.Tests.DefaultTemplates;

/// <summary>Golden tests: every default template renders the sample letter of its kind into a valid document.</summary>
public sealed class DefaultTemplateTests
{
    public static TheoryData<LetterKind> Kinds() => new(LetterKinds.All);

    private const string Employer = "PT Barokah Sawit Murakata";
    private const string Total = "Rp58.477.500";
    private const string TotalWords = "lima puluh delapan juta empat ratus tujuh puluh tujuh ribu lima ratus rupiah";
    private const string Kajari = "TRIMO, S.H., M.H.";
    private const string KajariNip = "NIP. 19720816 199603 1 001";
    private const string Jpn = "RINA MARLINA, S.H.";
    private const string JpnNip = "NIP. 19890930 201403 2 003";

    /// <summary>What a reader must find in each letter, written out by hand rather than computed.</summary>
    public static IReadOnlyList<string> Expected(LetterKind kind) => kind switch
    {
        LetterKind.SuratPerintah =>
        [
            "KEJAKSAAN NEGERI HULU SUNGAI TENGAH", "SURAT PERINTAH", "KEPALA KEJAKSAAN NEGERI HULU SUNGAI TENGAH",
            "Nomor: PRINT-12/O.3.14/Gp.2/02/2026", Employer, Total, TotalWords, "MEMERINTAHKAN",
            "Rina Marlina, S.H.", "Ketua Tim", "Nor Aina Fitriani, S.H.", "Anggota Tim", "Pada tanggal : 16 Februari 2026",
            Kajari, KajariNip, "3. Kepala Kantor Cabang BPJS Ketenagakerjaan Banjarmasin",
        ],
        LetterKind.Skks =>
        [
            "SURAT KUASA KHUSUS SUBSTITUSI", "Nomor: SK-12/O.3.14/Gp.2/02/2026", "SKK/045/012026", "20 Januari 2026",
            Employer, Total, TotalWords, "19 Januari 2027", "Akhmad Syahrani, S.H., M.H.", "Barabai, 16 Februari 2026", Kajari, KajariNip,
        ],
        LetterKind.Undangan1 =>
        [
            "KEJAKSAAN TINGGI KALIMANTAN SELATAN", "Barabai, 16 Februari 2026", "Nomor : B-57/O.3.14/Gp.2/02/2026", "Perihal : Undangan I",
            "Kepada Yth.", "BARABAI", Employer, "NPP 21045678", "Selasa, 24 Februari 2026", "09.00 WITA",
            "Januari 2025", "Desember 2025", "Rp4.237.500", "Rp50.850.000", "Rp7.627.500", Total, TotalWords, Kajari, KajariNip, "4. Arsip",
        ],
        LetterKind.Undangan2 =>
        [
            "Perihal : Undangan II", "Barabai, 25 Februari 2026", "Undangan I Nomor: B-57/O.3.14/Gp.2/02/2026 tanggal 16 Februari 2026",
            "kedua", "Selasa, 3 Maret 2026", Employer, Total, TotalWords, Kajari, KajariNip,
        ],
        LetterKind.Undangan3 =>
        [
            "Perihal : Undangan III", "Sifat : Penting", "Undangan II Nomor: B-71/O.3.14/Gp.2/02/2026 tanggal 25 Februari 2026",
            "ketiga dan terakhir", "Selasa, 10 Maret 2026", "Peraturan Pemerintah Nomor 86 Tahun 2013", Employer, Total, TotalWords, Kajari, KajariNip,
        ],
        LetterKind.Somasi =>
        [
            "SOMASI (TEGURAN)", "Pasal 19 Undang-Undang Nomor 24 Tahun 2011", "Undangan III Nomor: B-84/O.3.14/Gp.2/03/2026 tanggal 4 Maret 2026",
            "14 (empat belas) hari", "30 Maret 2026", Employer, Total, TotalWords, "Barabai, 16 Februari 2026", Kajari, KajariNip,
        ],
        LetterKind.BeritaAcaraPertemuan =>
        [
            "BERITA ACARA PERTEMUAN KLARIFIKASI DAN NEGOSIASI", "Nomor: BA-09/O.3.14/Gp.2/02/2026",
            "Pada hari ini Selasa tanggal 24 Februari 2026 pukul 09.00 WITA", "Muhammad Rizky Ananda, S.H.", "H. Rusdiansyah",
            "angsuran sebanyak 6 (enam) kali", Employer, Total, TotalWords, "Barabai, 16 Februari 2026", Jpn, JpnNip,
        ],
        LetterKind.PernyataanKesanggupan =>
        [
            "SURAT PERNYATAAN KESANGGUPAN MEMBAYAR", "6307021204750003", "Direktur PT Barokah Sawit Murakata", Employer, Total, TotalWords,
            "25 Maret 2026", "25 Agustus 2026", "Rp9.746.250", "Barabai, 16 Februari 2026", Jpn, JpnNip, "H. Rusdiansyah",
        ],
        LetterKind.LaporanPelaksanaanSkk =>
        [
            "Perihal : Laporan Pelaksanaan Surat Kuasa Khusus", "Kepala Kantor Cabang", "BANJARMASIN", "REG-14/O.3.14/Gp.2/2026",
            "27 Februari 2026", "Hasil: Diangsur", "Rp9.746.250", "sembilan juta tujuh ratus empat puluh enam ribu dua ratus lima puluh rupiah",
            "Rp48.731.250", "31 Maret 2026", Employer, Total, Kajari, KajariNip,
        ],
        LetterKind.PengembalianSkk =>
        [
            "Perihal : Pengembalian Surat Kuasa Khusus", "tidak lagi beroperasi sejak Oktober 2025", "10 Maret 2026",
            Employer, Total, TotalWords, "Barabai, 16 Februari 2026", Kajari, KajariNip,
        ],
        LetterKind.LaporanBulanan =>
        [
            "L.Datun.2", "KEJAKSAAN TINGGI KALIMANTAN SELATAN", "LAPORAN BULANAN PELAKSANAAN TUGAS BIDANG PERDATA DAN TATA USAHA NEGARA",
            "BULAN FEBRUARI 2022", "Nomor: R-17/O.3/Gp.2/03/2022", "di lingkungan Kejaksaan Tinggi Kalimantan Selatan pada bulan Februari 2022",
            "SKK selesai", "13 SKK", "– Tidak berhasil (SKK dikembalikan)", "Rp2.162.754.180", "Rp108.137.709", "5,0 %", "57 orang",
            "RINCIAN PER SATUAN KERJA", "Kejaksaan Negeri Banjarmasin", "Rp60.000.000", "5,7 %", "Kejaksaan Negeri Kotabaru",
            "SKK/011/022022", "16 Februari 2022", "UD Sumber Rezeki Barabai", "PWBD (wajib belum daftar)", "Rp126.300.000",
            "JUMLAH (8 perkara)", "Rp279.993.250", "Rp108.642.500", "Banjarmasin, 4 Maret 2022",
            "a.n. KEPALA KEJAKSAAN TINGGI KALIMANTAN SELATAN", "HENDRA SETIAWAN, S.H., M.H.", "NIP. 19730514 199903 1 002",
            "1. Jaksa Agung Muda Perdata dan Tata Usaha Negara",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static byte[] TemplateFile(LetterKind kind) => File.ReadAllBytes(Path.Combine(Repo.Templates, kind.TemplateFileName()));

    public static RenderResult RenderSample(LetterKind kind)
    {
        using var data = System.Text.Json.JsonDocument.Parse(LetterSamples.JsonFor(kind));
        return DocxTemplate.Compile(TemplateFile(kind)).Render(data.RootElement);
    }

    [Fact]
    public void The_templates_folder_holds_one_template_per_letter_kind()
    {
        var files = Directory.GetFiles(Repo.Templates, "*.docx").Select(Path.GetFileName).Order().ToArray();
        Assert.Equal(LetterKinds.All.Select(k => k.TemplateFileName()).Order().ToArray(), files);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_template_has_no_errors(LetterKind kind)
    {
        var check = DocxTemplate.Check(TemplateFile(kind));

        Assert.Empty(check.Errors);
        Assert.NotEmpty(check.Tags);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_committed_template_is_what_the_authoring_tool_writes(LetterKind kind)
    {
        Assert.Equal(DocumentXml(Letters.Build(kind).Save()), DocumentXml(TemplateFile(kind)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_sample_letter_renders_without_warnings_into_a_valid_document(LetterKind kind)
    {
        var result = RenderSample(kind);

        Assert.Empty(result.Warnings);
        using var stream = new MemoryStream(result.Document);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_sample_letter_shows_the_values_a_reader_expects(LetterKind kind)
    {
        var text = DocxText.Of(RenderSample(kind).Document);

        var missing = Expected(kind).Where(value => !text.Contains(value, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"Not found in {kind}: {string.Join(" | ", missing)}\n\n{text}");
        Assert.DoesNotContain("{{", text);
    }

    [Fact]
    public void The_summons_table_has_one_row_per_month_and_a_total_row()
    {
        using var stream = new MemoryStream(RenderSample(LetterKind.Undangan1).Document);
        using var document = WordprocessingDocument.Open(stream, false);
        var tables = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        var arrears = tables.Single(t => t.InnerText.Contains("Periode"));

        Assert.Equal(1 + 12 + 1, arrears.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
    }

    private static string DocumentXml(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }
}
