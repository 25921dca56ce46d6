namespace KejaksaanDatun.Documents.Excel;

/// <summary>A cell's content as the sheet stores it: a number (amounts in rupiah, dates as Excel serials, rates as fractions) or text.</summary>
internal readonly record struct ExcelCellValue(ExcelColumnKind Kind, decimal Number, string? Text, bool IsEmpty)
{
    /// <summary>Excel counts days from 30 December 1899 (its 1900 date system, leap-year quirk included).</summary>
    private static readonly DateOnly ExcelEpoch = new(1899, 12, 30);

    public static ExcelCellValue Empty(ExcelColumnKind kind) => new(kind, 0, null, true);

    public static ExcelCellValue FromText(string? text) =>
        string.IsNullOrEmpty(text) ? Empty(ExcelColumnKind.Text) : new(ExcelColumnKind.Text, 0, text, false);

    public static ExcelCellValue FromInteger(long? value) =>
        value is { } v ? new(ExcelColumnKind.Integer, v, null, false) : Empty(ExcelColumnKind.Integer);

    public static ExcelCellValue FromSen(long? sen) =>
        sen is { } s ? new(ExcelColumnKind.Money, s / 100m, null, false) : Empty(ExcelColumnKind.Money);

    public static ExcelCellValue FromPercent(decimal? percent) =>
        percent is { } p ? new(ExcelColumnKind.Percentage, p / 100m, null, false) : Empty(ExcelColumnKind.Percentage);

    public static ExcelCellValue FromDate(DateOnly? date) =>
        date is { } d ? new(ExcelColumnKind.Date, d.DayNumber - ExcelEpoch.DayNumber, null, false) : Empty(ExcelColumnKind.Date);

    /// <summary>True for an amount with sen, which is shown with two decimals.</summary>
    public bool HasFraction => Number != decimal.Truncate(Number);
}
