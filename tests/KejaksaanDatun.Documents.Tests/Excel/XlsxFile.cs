using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace KejaksaanDatun.Documents.Tests.Excel;

/// <summary>One cell read back: its stored value or text, its type (null = number), its number format and its style.</summary>
internal sealed record XlsxCell(string Reference, string? Value, CellValues? Type, string? NumberFormat, CellFormat Style, bool HasFormula);

/// <summary>An exported workbook opened with the Open XML SDK, as a reader program would see it.</summary>
internal sealed class XlsxFile : IDisposable
{
    private readonly MemoryStream _stream;

    public XlsxFile(byte[] xlsx)
    {
        _stream = new MemoryStream(xlsx);
        Document = SpreadsheetDocument.Open(_stream, false);
        var workbook = Document.WorkbookPart!;
        Sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single();
        Worksheet = ((WorksheetPart)workbook.GetPartById(Sheet.Id!)).Worksheet!;
        var styles = workbook.WorkbookStylesPart!.Stylesheet!;
        var formats = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value!) ?? [];
        var cellFormats = styles.CellFormats!.Elements<CellFormat>().ToList();
        Cells = Worksheet.Descendants<Cell>().Select(c =>
        {
            var style = cellFormats[(int)(c.StyleIndex?.Value ?? 0)];
            var formatId = style.NumberFormatId?.Value ?? 0;
            return new XlsxCell(c.CellReference!.Value!, c.DataType?.Value == CellValues.InlineString ? c.InlineString!.InnerText : c.CellValue?.Text,
                c.DataType?.Value, formats.GetValueOrDefault(formatId, formatId == 49 ? "@" : "General"), style, c.CellFormula is not null);
        }).ToDictionary(c => c.Reference);
    }

    public SpreadsheetDocument Document { get; }
    public Sheet Sheet { get; }
    public Worksheet Worksheet { get; }
    public IReadOnlyDictionary<string, XlsxCell> Cells { get; }

    public XlsxCell this[string reference] => Cells[reference];

    public IReadOnlyList<string> ValidationErrors() =>
        new OpenXmlValidator().Validate(Document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

    public Font FontOf(XlsxCell cell) =>
        Document.WorkbookPart!.WorkbookStylesPart!.Stylesheet!.Fonts!.Elements<Font>().ElementAt((int)(cell.Style.FontId?.Value ?? 0));

    public void Dispose()
    {
        Document.Dispose();
        _stream.Dispose();
    }
}
