namespace KejaksaanDatun.Core.Features.Dashboard.Exports;

/// <summary>Names of exported files that survive every file system and download header.</summary>
internal static class FileNames
{
    /// <summary>An office code as a part of a file name: anything but ASCII letters, digits, dots and dashes becomes a dash.</summary>
    public static string Part(string text) =>
        new(text.Select(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' ? ch : '-').ToArray());
}
