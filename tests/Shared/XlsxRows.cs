using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace KejaksaanDatun.TestSupport;

/// <summary>
/// An exported workbook read back with the Open XML SDK: its validation errors and its rows, each cell as the text it
/// holds or its number written the invariant way (<c>20502000</c>, <c>0.05</c>), empty cells as null.
/// </summary>
public sealed class XlsxRows
{
    public XlsxRows(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        ValidationErrors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook!.Sheets!.Elements<Sheet>().Single();
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet!;
        Rows = worksheet.Descendants<Row>().ToDictionary(r => (int)r.RowIndex!.Value, r => (IReadOnlyList<string?>)r.Elements<Cell>().Select(ValueOf).ToList());
    }

    public IReadOnlyList<string> ValidationErrors { get; }

    /// <summary>By row number: 1 is the title, 2 the subtitle, 4 the header.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<string?>> Rows { get; }

    public string? Subtitle => Rows[2][0];
    public IReadOnlyList<string?> Header => Rows[4];

    /// <summary>The rows under the header, the totals row included.</summary>
    public IReadOnlyList<IReadOnlyList<string?>> Body => Rows.Where(r => r.Key > 4).OrderBy(r => r.Key).Select(r => r.Value).ToList();

    private static string? ValueOf(Cell cell) => cell.DataType?.Value == CellValues.InlineString
        ? cell.InlineString!.InnerText
        : cell.CellValue?.Text is { } number ? Number(decimal.Parse(number, CultureInfo.InvariantCulture)) : null;

    /// <summary>A number as the expected rows write it, without trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
