using System.Globalization;
using System.Text;

namespace KejaksaanDatun.Documents;

/// <summary>
/// Indonesian spelling and formatting of numbers and dates, as used by the template filters and the web app.
/// Spelling follows KBBI (<c>seratus</c>, <c>seribu</c>, <c>sebelas</c>, <c>miliar</c>, <c>triliun</c>).
/// </summary>
public static class IndonesianText
{
    /// <summary>The largest number <see cref="Terbilang"/> spells: 999 triliun and change.</summary>
    public const decimal MaxTerbilang = 999_999_999_999_999m;

    private static readonly string[] Units =
        ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"];

    private static readonly string[] Scales = ["", "ribu", "juta", "miliar", "triliun"];

    private static readonly string[] MonthNames =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] DayNames = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];

    /// <summary>Spells a whole number from −999 triliun to 999 triliun in words, e.g. 1001 → "seribu satu".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number has a fraction or is out of range.</exception>
    public static string Terbilang(decimal number)
    {
        if (number != decimal.Truncate(number))
            throw new ArgumentOutOfRangeException(nameof(number), number, "Terbilang hanya untuk bilangan bulat.");
        if (number > MaxTerbilang || number < -MaxTerbilang)
            throw new ArgumentOutOfRangeException(nameof(number), number, "Terbilang hanya sampai 999 triliun.");
        if (number == 0) return "nol";

        var sb = new StringBuilder(64);
        if (number < 0) sb.Append("minus");
        var value = (long)Math.Abs(number);

        Span<int> groups = stackalloc int[5];
        var count = 0;
        while (value > 0)
        {
            groups[count++] = (int)(value % 1000);
            value /= 1000;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            var g = groups[i];
            if (g == 0) continue;
            if (i == 1 && g == 1)
            {
                Append(sb, "seribu");
                continue;
            }
            AppendHundreds(sb, g);
            if (i > 0) Append(sb, Scales[i]);
        }
        return sb.ToString();
    }

    private static void AppendHundreds(StringBuilder sb, int n)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        if (hundreds == 1) Append(sb, "seratus");
        else if (hundreds > 1) { Append(sb, Units[hundreds]); sb.Append(" ratus"); }

        if (rest == 0) return;
        if (rest < 12) Append(sb, Units[rest]);
        else if (rest < 20) { Append(sb, Units[rest - 10]); sb.Append(" belas"); }
        else
        {
            Append(sb, Units[rest / 10]);
            sb.Append(" puluh");
            if (rest % 10 != 0) Append(sb, Units[rest % 10]);
        }
    }

    private static void Append(StringBuilder sb, string word)
    {
        if (sb.Length > 0) sb.Append(' ');
        sb.Append(word);
    }

    /// <summary>Spells an amount of money: "seribu lima ratus rupiah", "… rupiah lima puluh sen" when there are sen.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is out of range.</exception>
    public static string TerbilangRupiah(decimal amount)
    {
        amount = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var whole = decimal.Truncate(amount);
        var sen = (int)Math.Abs((amount - whole) * 100);
        var words = whole == 0 && amount < 0 ? "minus nol" : Terbilang(whole);
        var result = words + " rupiah";
        return sen == 0 ? result : result + " " + Terbilang(sen) + " sen";
    }

    /// <summary>Money in the Indonesian style: "Rp108.137.709", or "Rp108.137.709,50" when there are sen.</summary>
    public static string Rupiah(decimal amount)
    {
        amount = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        var negative = amount < 0;
        amount = Math.Abs(amount);
        var hasSen = amount != decimal.Truncate(amount);
        var text = Group(amount.ToString(hasSen ? "#,0.00" : "#,0", CultureInfo.InvariantCulture));
        return negative ? "-Rp" + text : "Rp" + text;
    }

    /// <summary>A number with dots between thousands and a comma before decimals: "108.137.709", "1.234,5".</summary>
    public static string Angka(decimal number)
    {
        var text = number.ToString("#,0.############################", CultureInfo.InvariantCulture);
        return Group(text);
    }

    private static string Group(string invariant)
    {
        var chars = invariant.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch { ',' => '.', '.' => ',', var c => c };
        return new string(chars);
    }

    /// <summary>"16 Februari 2022".</summary>
    public static string Tanggal(DateOnly date) =>
        date.Day.ToString(CultureInfo.InvariantCulture) + " " + MonthNames[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>The day of the week: "Rabu".</summary>
    public static string Hari(DateOnly date) => DayNames[(int)date.DayOfWeek];

    /// <summary>"Rabu, 16 Februari 2022".</summary>
    public static string TanggalPanjang(DateOnly date) => Hari(date) + ", " + Tanggal(date);

    /// <summary>The month and year: "Februari 2022".</summary>
    public static string Bulan(DateOnly date) => MonthNames[date.Month - 1] + " " + date.Year.ToString(CultureInfo.InvariantCulture);
}
