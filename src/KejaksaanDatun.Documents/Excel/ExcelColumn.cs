namespace KejaksaanDatun.Documents.Excel;

/// <summary>What a column holds, which decides how its cells are stored and shown.</summary>
public enum ExcelColumnKind
{
    /// <summary>Text, always stored as a string (never as a formula).</summary>
    Text,
    /// <summary>A whole number shown with thousands grouping: <c>1.234</c>.</summary>
    Integer,
    /// <summary>An amount given in sen, stored as rupiah and shown as <c>Rp108.137.709</c> (<c>,50</c> when there are sen).</summary>
    Money,
    /// <summary>A percentage given in points (5.0 = 5 %), stored as the fraction 0.05 and shown as <c>5,0 %</c>.</summary>
    Percentage,
    /// <summary>A date, stored as an Excel date and shown as <c>16 Februari 2022</c>.</summary>
    Date,
}

/// <summary>One column of an <see cref="ExcelTable{TRow}"/>: its header, its kind, its width and how a row gives its value.</summary>
public sealed class ExcelColumn<TRow>
{
    internal ExcelColumn(string header, ExcelColumnKind kind, double? width, Func<TRow, ExcelCellValue> value)
    {
        Header = header;
        Kind = kind;
        Width = width;
        Value = value;
    }

    public string Header { get; }
    public ExcelColumnKind Kind { get; }

    /// <summary>Width in characters; null lets the writer choose from the header and the values.</summary>
    public double? Width { get; }

    internal Func<TRow, ExcelCellValue> Value { get; }
}
