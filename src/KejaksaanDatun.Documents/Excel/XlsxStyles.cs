using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace KejaksaanDatun.Documents.Excel;

/// <summary>
/// The cell styles of an exported table and their number formats. Format codes are written in SpreadsheetML's
/// invariant syntax (<c>,</c> groups thousands, <c>.</c> starts decimals); the <c>[$-421]</c> locale tag (Indonesian)
/// makes month names Indonesian in Excel and LibreOffice whatever their language, and makes LibreOffice group with
/// dots (<c>Rp108.137.709</c>). Excel takes the separators from the reader's regional settings, so Excel on an
/// Indonesian Windows shows dots and on an English one commas; the cell stays a number either way. "Rp" is a quoted
/// literal rather than a currency tag (<c>[$Rp-421]</c>): with the tag LibreOffice keeps its own locale's separators.
/// </summary>
internal static class XlsxStyles
{
    public const string IntegerFormat = "[$-421]#,##0";
    public const string MoneyFormat = "[$-421]\"Rp\"#,##0";
    public const string MoneyWithSenFormat = "[$-421]\"Rp\"#,##0.00";
    public const string PercentageFormat = "[$-421]0.0 %";
    public const string DateFormat = "[$-421]d mmmm yyyy";

    public const uint Title = 1;
    public const uint Subtitle = 2;
    public const uint Header = 3;

    private const uint FirstBodyStyle = 4;
    private static readonly ValueStyle[] ValueStyles = Enum.GetValues<ValueStyle>();

    /// <summary>How one value is shown; a table row and the totals row each have one style per value style.</summary>
    public enum ValueStyle
    {
        Text,
        /// <summary>Text that starts like a formula: stored with Excel's quote prefix so that editing it keeps it text.</summary>
        FormulaLikeText,
        Integer,
        Money,
        MoneyWithSen,
        Percentage,
        Date,
    }

    public static uint Body(ValueStyle style) => FirstBodyStyle + (uint)style;

    public static uint Totals(ValueStyle style) => FirstBodyStyle + (uint)ValueStyles.Length + (uint)style;

    public static ValueStyle For(ExcelCellValue value) => value.Kind switch
    {
        ExcelColumnKind.Text => value.Text is { } text && SpreadsheetText.LooksLikeFormula(text) ? ValueStyle.FormulaLikeText : ValueStyle.Text,
        ExcelColumnKind.Integer => ValueStyle.Integer,
        ExcelColumnKind.Money => value.HasFraction ? ValueStyle.MoneyWithSen : ValueStyle.Money,
        ExcelColumnKind.Percentage => ValueStyle.Percentage,
        _ => ValueStyle.Date,
    };

    public static Stylesheet Create()
    {
        const uint integer = 164, money = 165, moneyWithSen = 166, percentage = 167, date = 168;
        const uint regularFont = 0, boldFont = 1, titleFont = 2;
        const uint noFill = 0, headerFill = 2, totalsFill = 3;
        const uint noBorder = 0, thinBorder = 1;

        var cellFormats = new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = titleFont, ApplyFont = true },
            new CellFormat { FontId = regularFont },
            new CellFormat
            {
                FontId = boldFont, FillId = headerFill, BorderId = thinBorder, ApplyFont = true, ApplyFill = true, ApplyBorder = true,
                ApplyAlignment = true,
                Alignment = new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true },
            });
        foreach (var totals in new[] { false, true })
        {
            foreach (var style in ValueStyles)
            {
                var format = new CellFormat
                {
                    FontId = totals ? boldFont : regularFont, FillId = totals ? totalsFill : noFill, BorderId = thinBorder,
                    ApplyFont = totals, ApplyFill = totals, ApplyBorder = true, ApplyAlignment = true,
                    Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = style is ValueStyle.Text or ValueStyle.FormulaLikeText },
                    ApplyNumberFormat = true,
                    NumberFormatId = style switch
                    {
                        ValueStyle.Integer => integer,
                        ValueStyle.Money => money,
                        ValueStyle.MoneyWithSen => moneyWithSen,
                        ValueStyle.Percentage => percentage,
                        ValueStyle.Date => date,
                        _ => 49, // built-in "@": text
                    },
                };
                if (style == ValueStyle.FormulaLikeText) format.QuotePrefix = true;
                cellFormats.Append(format);
            }
        }
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = integer, FormatCode = IntegerFormat },
                new NumberingFormat { NumberFormatId = money, FormatCode = MoneyFormat },
                new NumberingFormat { NumberFormatId = moneyWithSen, FormatCode = MoneyWithSenFormat },
                new NumberingFormat { NumberFormatId = percentage, FormatCode = PercentageFormat },
                new NumberingFormat { NumberFormatId = date, FormatCode = DateFormat }) { Count = 5 },
            new Fonts(Font(bold: false, size: 10), Font(bold: true, size: 10), Font(bold: true, size: 14)) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9E1F2"),
                Solid("FFF2F2F2")) { Count = 4 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin(new LeftBorder()), Thin(new RightBorder()), Thin(new TopBorder()), Thin(new BottomBorder()), new DiagonalBorder()))
            { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = regularFont, FillId = noFill, BorderId = noBorder }) { Count = 1 },
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = size }, new FontName { Val = "Arial" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Thin<T>(T border) where T : BorderPropertiesType
    {
        border.Style = BorderStyleValues.Thin;
        border.Append(new Color { Indexed = 64 });
        return border;
    }
}
