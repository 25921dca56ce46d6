using System.Globalization;
using System.Text.RegularExpressions;
using KejaksaanDatun.Core.Letters;

namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// Letter number patterns. <c>{seq}</c> is the running number of the office, kind and year; <c>{kode}</c> the
/// office's kode surat; <c>{mm}</c> and <c>{yyyy}</c> the month and year of the letter date.
/// </summary>
public static partial class LetterNumberPattern
{
    public const string DefaultLetter = "B-{seq}/{kode}/Gp.2/{mm}/{yyyy}";
    public const string DefaultWarrant = "PRINT-{seq}/{kode}/Gp.2/{mm}/{yyyy}";
    private static readonly HashSet<string> Tokens = ["seq", "kode", "mm", "yyyy"];

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Token();

    public static string DefaultFor(LetterKind kind) => kind == LetterKind.SuratPerintah ? DefaultWarrant : DefaultLetter;

    /// <summary>Indonesian messages for what is wrong with a pattern; empty when it is usable.</summary>
    public static IReadOnlyList<string> Problems(string? pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern)) return ["Pola nomor wajib diisi."];
        var problems = new List<string>();
        if (pattern.Length > 100) problems.Add("Pola nomor paling banyak 100 karakter.");
        var tokens = Token().Matches(pattern).Select(m => m.Groups[1].Value).ToList();
        if (!tokens.Contains("seq")) problems.Add("Pola nomor harus memuat {seq} (nomor urut).");
        foreach (var unknown in tokens.Where(t => !Tokens.Contains(t)).Distinct())
            problems.Add($"{{{unknown}}} tidak dikenal; gunakan {{seq}}, {{kode}}, {{mm}} atau {{yyyy}}.");
        if (Token().Replace(pattern, "").IndexOfAny(['{', '}']) >= 0) problems.Add("Kurung kurawal pada pola nomor tidak berpasangan.");
        return problems;
    }

    public static string Format(string pattern, int sequence, string officeCode, DateOnly date) =>
        Format(pattern, sequence.ToString(CultureInfo.InvariantCulture), officeCode, date);

    /// <summary>
    /// The number with dots where the running number goes (<c>B-....../O.3/Gp.2/04/2025</c>), for a document the office
    /// numbers in its register when it sends it.
    /// </summary>
    public static string FormatUnnumbered(string pattern, string officeCode, DateOnly date) => Format(pattern, "......", officeCode, date);

    private static string Format(string pattern, string sequence, string officeCode, DateOnly date) =>
        Token().Replace(pattern, m => m.Groups[1].Value switch
        {
            "seq" => sequence,
            "kode" => officeCode,
            "mm" => date.Month.ToString("00", CultureInfo.InvariantCulture),
            "yyyy" => date.Year.ToString(CultureInfo.InvariantCulture),
            _ => m.Value,
        });
}
