namespace KejaksaanDatun.Documents.Excel;

/// <summary>
/// A table exported to one Excel sheet: a title, a header row, typed columns, the rows and an optional totals row.
/// Numbers, amounts, rates and dates stay real numbers in Excel (summable, sortable, filterable); text is always
/// stored as text, so a value such as <c>=HYPERLINK(…)</c> can never run as a formula.
/// </summary>
/// <example>
/// <code>
/// var table = new ExcelTable&lt;OfficeFigures&gt;("Pemulihan per Kejari", "Januari s.d. Desember 2025")
///     .Text("Kejaksaan Negeri", r => r.OfficeName, width: 40)
///     .Integer("SKK diterima", r => r.SkkReceived)
///     .Money("Dipulihkan", r => r.RecoveredSen)
///     .Percentage("Tingkat pemulihan", r => r.RecoveryRate);
/// byte[] xlsx = table.ToXlsx(rows, totals);
/// </code>
/// </example>
public sealed class ExcelTable<TRow> where TRow : class
{
    private readonly List<ExcelColumn<TRow>> _columns = [];

    /// <param name="title">Shown in bold above the table; also names the sheet (shortened to Excel's 31 characters).</param>
    /// <param name="subtitle">An optional line under the title, e.g. the period and the office.</param>
    public ExcelTable(string title, string? subtitle = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        Subtitle = subtitle;
    }

    public string Title { get; }
    public string? Subtitle { get; }
    internal IReadOnlyList<ExcelColumn<TRow>> Columns => _columns;

    /// <summary>Text, always stored as text. <paramref name="width"/> is in characters; without it the column fits its values.</summary>
    public ExcelTable<TRow> Text(string header, Func<TRow, string?> value, double? width = null) =>
        Add(header, width, row => ExcelCellValue.FromText(value(row)));

    /// <summary>A whole number shown with thousands grouping: <c>1.234</c>.</summary>
    public ExcelTable<TRow> Integer(string header, Func<TRow, long?> value, double? width = null) =>
        Add(header, width, row => ExcelCellValue.FromInteger(value(row)));

    /// <summary>An amount given in sen (the app's exact unit), stored as rupiah and shown as <c>Rp108.137.709</c> (<c>,50</c> with sen).</summary>
    public ExcelTable<TRow> Money(string header, Func<TRow, long?> sen, double? width = null) =>
        Add(header, width, row => ExcelCellValue.FromSen(sen(row)));

    /// <summary>A rate in percentage points as the app computes it (5.0 means 5 %), stored as 0.05 and shown as <c>5,0 %</c>.</summary>
    public ExcelTable<TRow> Percentage(string header, Func<TRow, decimal?> percent, double? width = null) =>
        Add(header, width, row => ExcelCellValue.FromPercent(percent(row)));

    /// <summary>A date, stored as an Excel date and shown as <c>16 Februari 2022</c>.</summary>
    public ExcelTable<TRow> Date(string header, Func<TRow, DateOnly?> value, double? width = null) =>
        Add(header, width, row => ExcelCellValue.FromDate(value(row)));

    /// <summary>Writes the .xlsx file.</summary>
    /// <param name="rows">The table's rows, read once, in order.</param>
    /// <param name="totals">An optional last row in bold (its values as given, e.g. computed by the database), outside the filter.</param>
    /// <exception cref="InvalidOperationException">The table has no columns, or more rows than an Excel sheet holds.</exception>
    public byte[] ToXlsx(IEnumerable<TRow> rows, TRow? totals = null)
    {
        using var stream = new MemoryStream();
        WriteXlsx(stream, rows, totals);
        return stream.ToArray();
    }

    /// <inheritdoc cref="ToXlsx"/>
    public void WriteXlsx(Stream output, IEnumerable<TRow> rows, TRow? totals = null)
    {
        if (_columns.Count == 0) throw new InvalidOperationException("Tabel Excel belum memiliki kolom.");
        XlsxWriter.Write(output, this, rows, totals);
    }

    private ExcelTable<TRow> Add(string header, double? width, Func<TRow, ExcelCellValue> value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(header);
        if (width is <= 0 or > 255) throw new ArgumentOutOfRangeException(nameof(width), width, "Lebar kolom Excel antara 1 dan 255 karakter.");
        _columns.Add(new ExcelColumn<TRow>(header, width, value));
        return this;
    }
}
