using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KejaksaanDatun.Documents.Excel;

/// <summary>
/// Writes an <see cref="ExcelTable{TRow}"/> as a one-sheet workbook. The rows are streamed straight into the sheet
/// with an XmlWriter, without an Open XML element per cell, so a large table costs little time and memory; only the
/// first rows are held, to size the columns. The sheet's other parts are Open XML SDK elements.
/// </summary>
internal static class XlsxWriter
{
    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The rows Excel allows in one sheet.</summary>
    private const int MaxSheetRows = 1_048_576;

    /// <summary>Columns are sized from the header and this many first rows.</summary>
    private const int RowsMeasured = 1_000;

    private const double MaxAutomaticWidth = 50;

    public static void Write<TRow>(Stream output, ExcelTable<TRow> table, IEnumerable<TRow> rows, TRow? totals) where TRow : class
    {
        var sheetName = SpreadsheetText.SheetName(table.Title);
        var headerRow = table.Subtitle is null ? 3 : 4;
        var lastColumn = SpreadsheetText.ColumnName(table.Columns.Count);

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.PackageProperties.Title = table.Title;
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        using var source = rows.Select(row => Values(table, row)).GetEnumerator();
        var measured = new List<ExcelCellValue[]>();
        while (measured.Count < RowsMeasured && source.MoveNext()) measured.Add(source.Current);
        var totalValues = totals is null ? null : Values(table, totals);

        int lastDataRow;
        using (var xml = XmlWriter.Create(sheetPart.GetStream(FileMode.Create), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true }))
        {
            xml.WriteStartElement("x", "worksheet", SpreadsheetNamespace);
            // Printed on A4 landscape, as wide as one page, with the header row repeated (see the Print_Titles name).
            new SheetProperties(new PageSetupProperties { FitToPage = true }).WriteTo(xml);
            FrozenHeader(headerRow).WriteTo(xml);
            Widths(table, measured, totalValues).WriteTo(xml);

            xml.WriteStartElement("sheetData", SpreadsheetNamespace);
            WriteText(xml, 1, table.Title, XlsxStyles.Title);
            if (table.Subtitle is not null) WriteText(xml, 2, table.Subtitle, XlsxStyles.Subtitle);
            WriteRow(xml, headerRow, table.Columns.Select(c => ExcelCellValue.FromText(c.Header)), _ => XlsxStyles.Header);

            var lastAllowedRow = MaxSheetRows - (totalValues is null ? 0 : 1);
            var rowNumber = headerRow;
            foreach (var values in measured.Concat(Rest(source)))
            {
                if (++rowNumber > lastAllowedRow)
                    throw new InvalidOperationException(
                        $"Tabel terlalu besar untuk satu lembar Excel (paling banyak {IndonesianText.Angka(lastAllowedRow - headerRow)} baris).");
                WriteRow(xml, rowNumber, values, v => XlsxStyles.Body(XlsxStyles.For(v)));
            }
            lastDataRow = rowNumber;
            if (totalValues is not null) WriteRow(xml, lastDataRow + 1, totalValues, v => XlsxStyles.Totals(XlsxStyles.For(v)));
            xml.WriteEndElement();

            new AutoFilter { Reference = $"A{headerRow}:{lastColumn}{lastDataRow}" }.WriteTo(xml);
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 }.WriteTo(xml);
            new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 }.WriteTo(xml);
            xml.WriteEndElement();
        }

        var sheet = SpreadsheetText.QuotedSheet(sheetName);
        workbookPart.Workbook = new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(new Sheet { Name = sheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
            new DefinedNames(
                // The names Excel itself writes for a filter range and for rows repeated on every printed page.
                new DefinedName($"{sheet}!$A${headerRow}:${lastColumn}${lastDataRow}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true },
                new DefinedName($"{sheet}!${headerRow}:${headerRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0 }));
    }

    private static ExcelCellValue[] Values<TRow>(ExcelTable<TRow> table, TRow row) where TRow : class
    {
        var values = new ExcelCellValue[table.Columns.Count];
        for (var i = 0; i < values.Length; i++) values[i] = table.Columns[i].Value(row);
        return values;
    }

    private static IEnumerable<T> Rest<T>(IEnumerator<T> source)
    {
        while (source.MoveNext()) yield return source.Current;
    }

    private static SheetViews FrozenHeader(int headerRow)
    {
        var firstDataCell = $"A{headerRow + 1}";
        return new SheetViews(new SheetView(
            new Pane { VerticalSplit = headerRow, TopLeftCell = firstDataCell, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = firstDataCell, SequenceOfReferences = new ListValue<StringValue> { InnerText = firstDataCell } })
        { TabSelected = true, WorkbookViewId = 0 });
    }

    private static Columns Widths<TRow>(ExcelTable<TRow> table, List<ExcelCellValue[]> measured, ExcelCellValue[]? totals) where TRow : class
    {
        var columns = new Columns();
        var rows = totals is null ? measured : measured.Append(totals);
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var index = i;
            var width = column.Width ?? Math.Min(MaxAutomaticWidth,
                rows.Select(r => DisplayLength(r[index])).Append(column.Header.Length).Max() + 2);
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = width, CustomWidth = true });
        }
        return columns;
    }

    /// <summary>About how many characters the value takes on screen; enough to size a column.</summary>
    private static int DisplayLength(ExcelCellValue value) => value.IsEmpty ? 0 : value.Kind switch
    {
        ExcelColumnKind.Text => value.Text!.Split('\n').Max(line => line.Length),
        ExcelColumnKind.Integer => IndonesianText.Angka(value.Number).Length,
        ExcelColumnKind.Money => IndonesianText.Rupiah(value.Number).Length,
        ExcelColumnKind.Percentage => 8,
        _ => 17, // "30 September 2022"
    };

    private static void WriteText(XmlWriter xml, int rowNumber, string text, uint style) =>
        WriteRow(xml, rowNumber, [ExcelCellValue.FromText(text)], _ => style);

    private static void WriteRow(XmlWriter xml, int rowNumber, IEnumerable<ExcelCellValue> values, Func<ExcelCellValue, uint> style)
    {
        var row = rowNumber.ToString(CultureInfo.InvariantCulture);
        xml.WriteStartElement("row", SpreadsheetNamespace);
        xml.WriteAttributeString("r", row);
        var column = 0;
        foreach (var value in values)
        {
            xml.WriteStartElement("c", SpreadsheetNamespace);
            xml.WriteAttributeString("r", SpreadsheetText.ColumnName(++column) + row);
            xml.WriteAttributeString("s", style(value).ToString(CultureInfo.InvariantCulture));
            if (value is { IsEmpty: false, Kind: ExcelColumnKind.Text })
                WriteInlineString(xml, value.Text!);
            else if (!value.IsEmpty)
                xml.WriteElementString("v", SpreadsheetNamespace, value.Number.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>An inline string: text is only ever stored as text, never as a formula.</summary>
    private static void WriteInlineString(XmlWriter xml, string text)
    {
        var clean = SpreadsheetText.ForCell(text);
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", SpreadsheetNamespace);
        xml.WriteStartElement("t", SpreadsheetNamespace);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]))) xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(clean);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
