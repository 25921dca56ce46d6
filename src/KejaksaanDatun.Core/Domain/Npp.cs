using System.Text.RegularExpressions;

namespace KejaksaanDatun.Core.Domain;

/// <summary>Nomor Pendaftaran Perusahaan: eight digits, as BPJS Ketenagakerjaan issues it.</summary>
public static partial class Npp
{
    [GeneratedRegex(@"^\d{8}$")]
    private static partial Regex Shape();

    public static bool IsValid(string? npp) => npp is not null && Shape().IsMatch(npp);

    public const string ShapeMessage = "NPP harus terdiri dari 8 angka, misalnya 12345678.";
}

/// <summary>NPWP: 15 digits (old format, written 99.999.999.9-999.999) or 16 digits (NIK-based).</summary>
public static class Npwp
{
    public static string Digits(string npwp) => new(npwp.Where(char.IsAsciiDigit).ToArray());

    public static bool IsValid(string? npwp)
    {
        if (string.IsNullOrWhiteSpace(npwp)) return false;
        if (npwp.Any(c => !char.IsAsciiDigit(c) && c is not ('.' or '-' or ' '))) return false;
        return Digits(npwp).Length is 15 or 16;
    }
}
