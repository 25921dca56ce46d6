using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using KejaksaanDatun.Core.Letters;
using KejaksaanDatun.Documents;
using KejaksaanDatun.TestSupport;

namespace KejaksaanDatun.Cli.Tests.DefaultTemplates;

/// <summary>The monthly report (L.Datun.2) as leadership receives it: its tables, its layout on paper, its tools.</summary>
public sealed partial class MonthlyReportTests : IDisposable
{
    private readonly TempFolder temp = new();
    public void Dispose() => temp.Dispose();

    private static string TemplatePath => Path.Combine(Repo.Templates, LetterKind.LaporanBulanan.TemplateFileName());

    private static RenderResult Render(MonthlyReportData data) =>
        DocxTemplate.Compile(File.ReadAllBytes(TemplatePath)).Render(data.ToJsonElement());

    [Fact]
    public async Task Datun_check_template_finds_no_error_in_the_monthly_report()
    {
        var run = await Cli.Run("check-template", TemplatePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        Assert.DoesNotContain("KESALAHAN", run.Out);
        Assert.Contains("{{ Ringkasan.TingkatPemulihan }}", run.Out);
    }

    [Fact]
    public async Task Datun_renders_the_report_from_the_sample_json_without_warnings()
    {
        var output = temp.File("laporan.docx");
        var run = await Cli.Run("render", "--template", TemplatePath, "--data", Path.Combine(Repo.Templates, "contoh", "laporan-bulanan.json"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Err);
        Assert.Contains("Rp108.137.709", DocxText.Of(File.ReadAllBytes(output)));
    }

    [Fact]
    public void The_report_is_printed_on_a4_landscape()
    {
        using var document = Open(Render(MonthlyReportSample.Create()).Document);

        var size = document.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;
        Assert.Equal(PageOrientationValues.Landscape, size.Orient!.Value);
        Assert.Equal((16838u, 11906u), (size.Width!.Value, size.Height!.Value));
    }

    [Fact]
    public void Each_table_has_a_row_per_outcome_per_office_and_per_case_and_a_total()
    {
        using var document = Open(Render(MonthlyReportSample.Create()).Document);

        var rows = Tables(document).Select(t => t.Elements<TableRow>().Count()).ToList();
        // Summary: header, 3 figures, 4 outcomes, 5 figures. Offices and cases: header, column numbers, rows, total.
        Assert.Equal([1 + 3 + 4 + 5, 2 + 5 + 1, 2 + 8 + 1], rows);
    }

    [Fact]
    public void Counts_amounts_and_rates_stand_right_aligned_in_their_cells()
    {
        using var document = Open(Render(MonthlyReportSample.Create()).Document);

        // The first column is the row number, centred as on the forms.
        var figures = Tables(document).SelectMany(t => t.Elements<TableRow>()).SelectMany(r => r.Elements<TableCell>().Skip(1))
            .Where(c => Figure().IsMatch(c.InnerText)).ToList();
        Assert.True(figures.Count > 50, $"only {figures.Count} figure cells found");
        Assert.All(figures, cell => Assert.All(cell.Elements<Paragraph>(),
            p => Assert.Equal(JustificationValues.Right, p.ParagraphProperties?.Justification?.Val?.Value)));
    }

    [Fact]
    public void A_month_without_cases_shows_empty_tables_with_zero_totals()
    {
        var empty = MonthlyReportSample.Create() with
        {
            Ringkasan = new MonthlyReportSummary(),
            Rincian = new MonthlyReportBreakdown { Judul = "Jaksa Pengacara Negara" },
            Perkara = new MonthlyReportCases(),
        };
        var result = Render(empty);

        Assert.Empty(result.Warnings);
        using var document = Open(result.Document);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        Assert.Equal([1 + 3 + 5, 2 + 1, 2 + 1], Tables(document).Select(t => t.Elements<TableRow>().Count()).ToList());
        var text = DocxText.Of(result.Document);
        Assert.Contains("RINCIAN PER JAKSA PENGACARA NEGARA", text);
        Assert.Contains("JUMLAH (0 perkara)", text);
        Assert.Contains("0,0 %", text);
    }

    [Fact]
    public async Task LibreOffice_prints_the_report_with_the_figures_as_indonesian_readers_write_them()
    {
        Assert.True(LibreOffice.IsInstalled, LibreOffice.Missing);
        var docx = temp.Write("laporan-bulanan.docx", Render(MonthlyReportSample.Create()).Document);

        var printed = Regex.Replace(await LibreOffice.PdfText(await LibreOffice.Convert(docx, "pdf")), @"\s+", " ");

        foreach (var value in new[]
                 {
                     "L.Datun.2", "KEJAKSAAN TINGGI KALIMANTAN SELATAN", "BULAN FEBRUARI 2022", "13 SKK", "Rp2.162.754.180",
                     "Rp108.137.709", "5,0 %", "Kejaksaan Negeri Hulu Sungai Tengah 2 5 4 Rp612.754.180 Rp30.637.709 5,0 %",
                     "16 Februari 2022", "JUMLAH (8 perkara) Rp279.993.250 Rp108.642.500", "Banjarmasin, 4 Maret 2022",
                     "HENDRA SETIAWAN, S.H., M.H.",
                 })
        {
            Assert.Contains(value, printed);
        }
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx), false);

    private static List<Table> Tables(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

    /// <summary>A count with its unit, an amount or a rate: "13 SKK", "Rp108.137.709", "5,0 %", "21".</summary>
    [GeneratedRegex(@"^(\d[\d.]*( SKK| orang| badan usaha)?|Rp[\d.]+|\d+,\d %)$")]
    private static partial Regex Figure();
}
