namespace KejaksaanDatun.Documents.Excel;

/// <summary>What a column holds, which decides how its cells are stored and shown (see the methods of <see cref="ExcelTable{TRow}"/>).</summary>
internal enum ExcelColumnKind { Text, Integer, Money, Percentage, Date }

/// <summary>One column of an <see cref="ExcelTable{TRow}"/>: its header, its width and how a row gives its value (which carries its kind).</summary>
internal sealed class ExcelColumn<TRow>(string header, double? width, Func<TRow, ExcelCellValue> value)
{
    public string Header { get; } = header;

    /// <summary>Width in characters; null lets the writer choose from the header and the values.</summary>
    public double? Width { get; } = width;

    public Func<TRow, ExcelCellValue> Value { get; } = value;
}
