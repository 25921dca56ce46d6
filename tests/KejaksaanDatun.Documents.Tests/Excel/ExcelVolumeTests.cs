using System.Diagnostics;
using KejaksaanDatun.Documents.Excel;
using Xunit.Abstractions;

namespace KejaksaanDatun.Documents.Tests.Excel;

/// <summary>A national-scale table: measured and reported, not timed against a limit (timing belongs in benchmarks).</summary>
public sealed class ExcelVolumeTests(ITestOutputHelper output)
{
    private sealed record CaseRow(string SkkNumber, string Employer, long ArrearsSen, long RecoveredSen, DateOnly HandedOver);

    [Fact]
    public void Ten_thousand_cases_export_completely_into_a_valid_workbook()
    {
        var rows = Enumerable.Range(1, 10_000).Select(i => new CaseRow(
            $"SKK.{i:00000}/O.3.14/HK/022022", $"PT Usaha Banua Sejahtera {i}", 1_000_000_00L + i * 1_234_56L, i * 50_000_00L,
            new DateOnly(2022, 1, 1).AddDays(i % 365))).ToList();
        var table = new ExcelTable<CaseRow>("Perkara")
            .Text("Nomor SKK", r => r.SkkNumber)
            .Text("Badan usaha", r => r.Employer)
            .Money("Tunggakan", r => r.ArrearsSen)
            .Money("Dipulihkan", r => r.RecoveredSen)
            .Date("Tanggal SKK", r => r.HandedOver);

        var clock = Stopwatch.StartNew();
        var xlsx = table.ToXlsx(rows);
        clock.Stop();
        output.WriteLine($"10,000 rows × 5 columns: {clock.ElapsedMilliseconds} ms, {xlsx.Length / 1024} KiB");

        using var file = new XlsxFile(xlsx);
        Assert.Equal("PT Usaha Banua Sejahtera 10000", file["B10003"].Value);
        Assert.Equal("A3:E10003", file.Worksheet.Elements<DocumentFormat.OpenXml.Spreadsheet.AutoFilter>().Single().Reference!.Value);
        Assert.Equal(5 * 10_000 + 5 + 1, file.Cells.Count);
        Assert.Empty(file.ValidationErrors());
    }
}
