using DocumentFormat.OpenXml.Spreadsheet;
using KejaksaanDatun.Documents.Excel;

namespace KejaksaanDatun.Documents.Tests.Excel;

public sealed class ExcelTableTests
{
    private static XlsxFile Export(IEnumerable<RecoveryFigures>? rows = null, bool totals = true) =>
        new(KalselRecap.Table().ToXlsx(rows ?? KalselRecap.Rows, totals ? KalselRecap.Totals : null));

    [Fact]
    public void The_workbook_passes_the_open_xml_validator()
    {
        using var file = Export();

        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void The_title_and_subtitle_stand_above_the_header_and_name_the_sheet()
    {
        using var file = Export();

        Assert.Equal("Pemulihan per Kejari", file.Sheet.Name!.Value);
        Assert.Equal("Pemulihan per Kejari", file["A1"].Value);
        Assert.True(file.FontOf(file["A1"]).Bold is not null);
        Assert.Equal("Kejaksaan Tinggi Kalimantan Selatan, Januari s.d. Desember 2021", file["A2"].Value);
        Assert.Equal(["Kejaksaan Negeri", "SKK selesai", "Tunggakan diserahkan", "Dipulihkan", "Tingkat pemulihan", "SKK terakhir diterima"],
            new[] { "A4", "B4", "C4", "D4", "E4", "F4" }.Select(r => file[r].Value));
        Assert.All(["A4", "F4"], r => Assert.True(file.FontOf(file[r]).Bold is not null));
    }

    [Fact]
    public void Every_value_reads_back_with_its_type_and_number_format()
    {
        using var file = Export();

        // Row 6: Kejaksaan Negeri Hulu Sungai Tengah.
        Assert.Equal(("Kejaksaan Negeri Hulu Sungai Tengah", CellValues.InlineString), (file["A6"].Value, file["A6"].Type));
        AssertNumber(file["B6"], "4", "[$-421]#,##0");
        AssertNumber(file["C6"], "612754180", "[$-421]\"Rp\"#,##0");
        AssertNumber(file["D6"], "30637709", "[$-421]\"Rp\"#,##0");
        AssertNumber(file["E6"], "0.05", "[$-421]0.0 %");
        AssertNumber(file["F6"], "44608", "[$-421]d mmmm yyyy"); // 16 February 2022 as an Excel date
        Assert.Equal(new DateTime(2022, 2, 16), DateTime.FromOADate(double.Parse(file["F6"].Value!, System.Globalization.CultureInfo.InvariantCulture)));
        // Row 7 has no date: the cell is there (with its border) but empty.
        Assert.Null(file["F7"].Value);
        Assert.DoesNotContain(file.Cells.Values, c => c.HasFormula);
    }

    [Fact]
    public void The_totals_row_follows_the_rows_in_bold_with_the_values_given()
    {
        using var file = Export();

        Assert.Equal("Jumlah", file["A8"].Value);
        AssertNumber(file["B8"], "13", "[$-421]#,##0");
        AssertNumber(file["C8"], "2162754180", "[$-421]\"Rp\"#,##0");
        AssertNumber(file["D8"], "108137709", "[$-421]\"Rp\"#,##0");
        AssertNumber(file["E8"], "0.05", "[$-421]0.0 %");
        Assert.All(["A8", "D8"], r => Assert.True(file.FontOf(file[r]).Bold is not null));
        Assert.All(["A7", "D7"], r => Assert.Null(file.FontOf(file[r]).Bold));
    }

    [Fact]
    public void An_amount_with_sen_keeps_them_and_shows_two_decimals()
    {
        var rows = new[] { KalselRecap.Rows[0] with { RecoveredSen = 108_137_709_50 } };
        using var file = Export(rows, totals: false);

        AssertNumber(file["D5"], "108137709.5", "[$-421]\"Rp\"#,##0.00");
        AssertNumber(file["C5"], "1050000000", "[$-421]\"Rp\"#,##0");
    }

    [Fact]
    public void The_header_is_frozen_and_filters_the_rows_but_not_the_totals()
    {
        using var file = Export();

        var pane = file.Worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(4, pane.VerticalSplit!.Value);
        Assert.Equal("A5", pane.TopLeftCell!.Value);
        Assert.Equal("A4:F7", file.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        var names = file.Document.WorkbookPart!.Workbook!.DefinedNames!.Elements<DefinedName>().ToDictionary(n => n.Name!.Value!, n => n.Text);
        Assert.Equal("'Pemulihan per Kejari'!$A$4:$F$7", names["_xlnm._FilterDatabase"]);
        Assert.Equal("'Pemulihan per Kejari'!$4:$4", names["_xlnm.Print_Titles"]);
    }

    [Fact]
    public void Columns_take_the_width_given_or_fit_their_longest_value()
    {
        using var file = Export();

        var widths = file.Worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(6, widths.Count);
        Assert.Equal("Kejaksaan Negeri Hulu Sungai Tengah".Length + 2, widths[0]);
        Assert.Equal("Tunggakan diserahkan".Length + 2, widths[2]);
        Assert.Equal(22, widths[5]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://contoh.invalid\",\"klik\")")]
    [InlineData("+62 812 5123 4410")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\t=1+1")]
    public void Text_that_looks_like_a_formula_is_stored_as_quoted_text(string employer)
    {
        var rows = new[] { KalselRecap.Rows[0] with { Office = employer } };
        using var file = Export(rows, totals: false);

        var cell = file["A5"];
        Assert.Equal(employer, cell.Value);
        Assert.Equal(CellValues.InlineString, cell.Type);
        Assert.False(cell.HasFormula);
        Assert.True(cell.Style.QuotePrefix?.Value);
        Assert.Null(file["A1"].Style.QuotePrefix);
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_and_spaces_kept()
    {
        var rows = new[] { KalselRecap.Rows[0] with { Office = "  PT Maju\u0001 Jaya\u000B & <Anak> \"Usaha\"\n Barabai " } };
        using var file = Export(rows, totals: false);

        Assert.Equal("  PT Maju Jaya & <Anak> \"Usaha\"\n Barabai ", file["A5"].Value);
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void An_empty_table_has_its_header_and_a_filter_on_it()
    {
        using var file = Export([], totals: false);

        Assert.Empty(file.ValidationErrors());
        Assert.Equal("Kejaksaan Negeri", file["A4"].Value);
        Assert.DoesNotContain(file.Cells.Keys, r => r.EndsWith('5'));
        Assert.Equal("A4:F4", file.Worksheet.Elements<AutoFilter>().Single().Reference!.Value);
    }

    [Fact]
    public void Without_a_subtitle_the_header_is_the_third_row()
    {
        var table = new ExcelTable<RecoveryFigures>("Rekap").Text("Kantor", r => r.Office).Money("Dipulihkan", r => r.RecoveredSen);
        using var file = new XlsxFile(table.ToXlsx(KalselRecap.Rows));

        Assert.Equal("Kantor", file["A3"].Value);
        Assert.Equal("Kejaksaan Negeri Banjarmasin", file["A4"].Value);
        Assert.Equal(3, file.Worksheet.Descendants<Pane>().Single().VerticalSplit!.Value);
        Assert.Empty(file.ValidationErrors());
    }

    [Theory]
    [InlineData("Rekap: Kejari/Cabjari [2025]?", "Rekap- Kejari-Cabjari -2025--")]
    [InlineData("'Pemulihan'", "Pemulihan")]
    [InlineData("Pemulihan iuran per Kejaksaan Negeri se-Kalimantan Selatan", "Pemulihan iuran per Kejaksaan N")]
    [InlineData("History", "Data")]
    public void The_sheet_name_follows_excels_rules(string title, string sheetName)
    {
        var table = new ExcelTable<RecoveryFigures>(title).Text("Kantor", r => r.Office);
        using var file = new XlsxFile(table.ToXlsx(KalselRecap.Rows));

        Assert.Equal(sheetName, file.Sheet.Name!.Value);
        Assert.Equal(title, file["A1"].Value);
        Assert.Empty(file.ValidationErrors());
    }

    [Fact]
    public void A_table_without_columns_is_refused()
    {
        var table = new ExcelTable<RecoveryFigures>("Rekap");

        Assert.Throws<InvalidOperationException>(() => table.ToXlsx(KalselRecap.Rows));
    }

    private static void AssertNumber(XlsxCell cell, string value, string format)
    {
        Assert.Null(cell.Type);
        Assert.Equal(value, cell.Value);
        Assert.Equal(format, cell.NumberFormat);
    }
}
