using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KejaksaanDatun.Documents.Excel;

/// <summary>
/// Writes an <see cref="ExcelTable{TRow}"/> as a one-sheet workbook. The sheet is streamed (SAX) so that a large
/// table costs little memory; only the first rows are held, to size the columns.
/// </summary>
internal static class XlsxWriter
{
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
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            // Printed on A4 landscape, as wide as one page, with the header row repeated (see the Print_Titles name).
            writer.WriteElement(new SheetProperties(new PageSetupProperties { FitToPage = true }));
            writer.WriteElement(FrozenHeader(headerRow));
            writer.WriteElement(Widths(table, measured, totalValues));

            writer.WriteStartElement(new SheetData());
            WriteText(writer, 1, table.Title, XlsxStyles.Title);
            if (table.Subtitle is not null) WriteText(writer, 2, table.Subtitle, XlsxStyles.Subtitle);
            WriteRow(writer, headerRow, table.Columns.Select(c => ExcelCellValue.FromText(c.Header)), _ => XlsxStyles.Header);

            var lastAllowedRow = MaxSheetRows - (totalValues is null ? 0 : 1);
            var rowNumber = headerRow;
            foreach (var values in measured.Concat(Rest(source)))
            {
                if (++rowNumber > lastAllowedRow)
                    throw new InvalidOperationException(
                        $"Tabel terlalu besar untuk satu lembar Excel (paling banyak {IndonesianText.Angka(lastAllowedRow - headerRow)} baris).");
                WriteRow(writer, rowNumber, values, v => XlsxStyles.Body(XlsxStyles.For(v)));
            }
            lastDataRow = rowNumber;
            if (totalValues is not null) WriteRow(writer, lastDataRow + 1, totalValues, v => XlsxStyles.Totals(XlsxStyles.For(v)));
            writer.WriteEndElement();

            writer.WriteElement(new AutoFilter { Reference = $"A{headerRow}:{lastColumn}{lastDataRow}" });
            writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
            writer.WriteElement(new PageSetup
            {
                PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0,
            });
            writer.WriteEndElement();
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

    private static void WriteText(OpenXmlWriter writer, int rowNumber, string text, uint style)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
        writer.WriteElement(TextCell($"A{rowNumber}", text, style));
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, int rowNumber, IEnumerable<ExcelCellValue> values, Func<ExcelCellValue, uint> style)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowNumber });
        var column = 0;
        foreach (var value in values)
        {
            var reference = SpreadsheetText.ColumnName(++column) + rowNumber.ToString(CultureInfo.InvariantCulture);
            writer.WriteElement(value switch
            {
                { IsEmpty: true } => new Cell { CellReference = reference, StyleIndex = style(value) },
                { Kind: ExcelColumnKind.Text } => TextCell(reference, value.Text!, style(value)),
                _ => new Cell
                {
                    CellReference = reference, StyleIndex = style(value),
                    CellValue = new CellValue(value.Number.ToString(CultureInfo.InvariantCulture)),
                },
            });
        }
        writer.WriteEndElement();
    }

    /// <summary>An inline string: text is only ever stored as text, never as a formula.</summary>
    private static Cell TextCell(string reference, string text, uint style)
    {
        var clean = SpreadsheetText.ForCell(text);
        var content = new Text(clean);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]))) content.Space = SpaceProcessingModeValues.Preserve;
        return new Cell { CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString, InlineString = new InlineString(content) };
    }
}
