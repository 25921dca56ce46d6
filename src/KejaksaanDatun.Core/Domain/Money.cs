using System.Globalization;

namespace KejaksaanDatun.Core.Domain;

/// <summary>
/// An exact amount of rupiah, held as whole sen (1 rupiah = 100 sen) so that it sums exactly in SQL
/// and never passes through floating point.
/// </summary>
public readonly record struct Money(long Sen) : IComparable<Money>
{
    public const long SenPerRupiah = 100;
    /// <summary>999 triliun rupiah: beyond any real arrears, and what the spelled-out amount supports.</summary>
    public static readonly Money Max = new(999_999_999_999_999L * SenPerRupiah);
    public static readonly Money Zero = new(0);

    public static Money FromRupiah(long rupiah) => new(checked(rupiah * SenPerRupiah));

    public static Money FromRupiah(decimal rupiah)
    {
        var sen = rupiah * SenPerRupiah;
        if (sen != decimal.Truncate(sen)) throw new ArgumentException("Rupiah has at most two decimals (sen).", nameof(rupiah));
        return new Money(checked((long)sen));
    }

    public decimal Rupiah => (decimal)Sen / SenPerRupiah;
    public bool HasSen => Sen % SenPerRupiah != 0;

    public static Money operator +(Money a, Money b) => new(checked(a.Sen + b.Sen));
    public static Money operator -(Money a, Money b) => new(checked(a.Sen - b.Sen));
    public static bool operator <(Money a, Money b) => a.Sen < b.Sen;
    public static bool operator >(Money a, Money b) => a.Sen > b.Sen;
    public static bool operator <=(Money a, Money b) => a.Sen <= b.Sen;
    public static bool operator >=(Money a, Money b) => a.Sen >= b.Sen;
    public int CompareTo(Money other) => Sen.CompareTo(other.Sen);

    /// <summary><c>Rp108.137.709</c>, or <c>Rp108.137.709,50</c> when there are sen.</summary>
    public override string ToString() => "Rp" + FormatNumber();

    /// <summary><c>108.137.709</c> (with <c>,50</c> when there are sen).</summary>
    public string FormatNumber()
    {
        var format = HasSen ? "#,##0.00" : "#,##0";
        var text = Math.Abs(Rupiah).ToString(format, IndonesianFormat.Culture);
        return Sen < 0 ? "-" + text : text;
    }

    /// <summary>
    /// Reads an amount typed the Indonesian way: <c>1.250.000</c>, <c>1250000</c>, <c>Rp1.250.000,50</c>.
    /// A dot is always a thousands separator and a comma the decimal separator.
    /// </summary>
    public static bool TryParse(string? text, out Money money)
    {
        money = Zero;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim();
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase)) s = s[2..].TrimStart();
        var negative = s.StartsWith('-');
        if (negative) s = s[1..];
        var parts = s.Split(',');
        if (parts.Length > 2) return false;
        var whole = parts[0];
        if (whole.Length == 0 || !IsGroupedDigits(whole)) return false;
        var fraction = parts.Length == 2 ? parts[1] : "";
        if (fraction.Length > 2 || !fraction.All(char.IsAsciiDigit)) return false;
        if (parts.Length == 2 && fraction.Length == 0) return false;
        var digits = whole.Replace(".", "");
        if (digits.Length > 15) return false;
        var rupiah = long.Parse(digits, CultureInfo.InvariantCulture);
        var sen = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(2, '0'), CultureInfo.InvariantCulture);
        var value = rupiah * SenPerRupiah + sen;
        money = new Money(negative ? -value : value);
        return true;
    }

    private static bool IsGroupedDigits(string s)
    {
        if (!s.Contains('.')) return s.All(char.IsAsciiDigit);
        var groups = s.Split('.');
        return groups[0].Length is >= 1 and <= 3
            && groups.All(g => g.All(char.IsAsciiDigit))
            && groups.Skip(1).All(g => g.Length == 3);
    }

    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Zero, (a, b) => a + b);
}

public static class IndonesianFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("id-ID");

    private static readonly string[] MonthNames =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    /// <summary><c>16 Februari 2022</c></summary>
    public static string Date(DateOnly date) => $"{date.Day} {MonthNames[date.Month - 1]} {date.Year}";

    /// <summary><c>Februari 2022</c></summary>
    public static string Month(DateOnly date) => $"{MonthNames[date.Month - 1]} {date.Year}";

    public static string MonthName(int month) => MonthNames[month - 1];
}
