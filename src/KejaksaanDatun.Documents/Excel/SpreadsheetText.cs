using System.Text;

namespace KejaksaanDatun.Documents.Excel;

/// <summary>The rules Excel puts on text: what a cell and a sheet name may hold, and how cells and ranges are named.</summary>
internal static class SpreadsheetText
{
    /// <summary>The most characters an Excel cell holds; a longer text makes Excel repair the file.</summary>
    public const int MaxCellLength = 32_767;

    private const int MaxSheetNameLength = 31;

    /// <summary>
    /// True for text that Excel or LibreOffice would take as a formula if it were typed or pasted (the first character
    /// of a CSV/formula injection). Such a cell is stored as text with a quote prefix, so it stays text even when edited.
    /// </summary>
    public static bool LooksLikeFormula(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text without the characters XML cannot carry (control characters, lone surrogates), cut to Excel's limit.</summary>
    public static string ForCell(string text)
    {
        if (IsClean(text)) return text.Length > MaxCellLength ? Cut(text) : text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
                continue;
            }
            if (IsXmlChar(c)) clean.Append(c);
        }
        var result = clean.ToString();
        return result.Length > MaxCellLength ? Cut(result) : result;
    }

    /// <summary>A valid sheet name from a title: no <c>: \ / ? * [ ]</c>, no apostrophe at either end, at most 31 characters.</summary>
    public static string SheetName(string title)
    {
        var name = new StringBuilder(title.Length);
        foreach (var c in ForCell(title)) name.Append(c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' || char.IsControl(c) ? '-' : c);
        var text = name.ToString().Trim().Trim('\'');
        if (text.Length > MaxSheetNameLength) text = text[..MaxSheetNameLength].TrimEnd();
        // "History" is reserved by Excel for its change tracking.
        return text.Length == 0 || text.Equals("History", StringComparison.OrdinalIgnoreCase) ? "Data" : text;
    }

    /// <summary>The sheet name as a formula or defined name refers to it: <c>'Rekap Kejari'</c>.</summary>
    public static string QuotedSheet(string sheetName) => "'" + sheetName.Replace("'", "''") + "'";

    /// <summary>The letters of a 1-based column: 1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var n = column; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static bool IsClean(string text)
    {
        foreach (var c in text)
            if (!IsXmlChar(c) || char.IsSurrogate(c)) return false;
        return true;
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= ' ' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');

    // Never split a surrogate pair at the limit.
    private static string Cut(string text) =>
        text[..(char.IsHighSurrogate(text[MaxCellLength - 1]) ? MaxCellLength - 1 : MaxCellLength)];
}
