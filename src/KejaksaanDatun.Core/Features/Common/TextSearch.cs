namespace KejaksaanDatun.Core.Features.Common;

public static class TextSearch
{
    /// <summary>
    /// A LIKE pattern for "contains", with the user's own % and _ taken literally. LIKE rather than
    /// Contains because it ignores case in SQLite as in SQL Server's default collation.
    /// </summary>
    public static string Contains(string text) =>
        "%" + text.Trim().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";

    public const string Escape = @"\";
}
