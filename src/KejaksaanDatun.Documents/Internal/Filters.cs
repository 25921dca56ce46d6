using System.Globalization;
using System.Text.Json;

namespace KejaksaanDatun.Documents.Internal;

/// <summary>The template filters over JSON values; a value a filter cannot read passes through unchanged with a warning.</summary>
internal static class Filters
{
    private const NumberStyles NumberStyle =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign |
        NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    public static string ToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    /// <summary>Runs the tag's filters; the first step reads the JSON value, later steps the text of the step before.</summary>
    public static string Apply(Renderer renderer, TagInfo tag, JsonElement? value, string? text)
    {
        text ??= ToText(value!.Value);
        foreach (var filter in tag.Filters)
        {
            var result = ApplyOne(filter, value, text);
            if (result is null)
                renderer.Warn($"Nilai '{text}' pada '{tag.Path}' tidak dapat diolah filter '{filter}' ({tag.Location}).");
            else
                text = result;
            value = null;
        }
        return text;
    }

    private static string? ApplyOne(string filter, JsonElement? value, string text)
    {
        switch (filter)
        {
            case "upper": return text.ToUpperInvariant();
            case "lower": return text.ToLowerInvariant();
            case "title": return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(text.ToLowerInvariant());
            case "tanggal":
            case "hari":
            case "tanggal_panjang":
            case "bulan":
                if (!TryDate(text, out var date)) return null;
                return filter switch
                {
                    "tanggal" => IndonesianText.Tanggal(date),
                    "hari" => IndonesianText.Hari(date),
                    "tanggal_panjang" => IndonesianText.TanggalPanjang(date),
                    _ => IndonesianText.Bulan(date),
                };
            default:
                if (!TryNumber(value, text, out var number)) return null;
                try
                {
                    return filter switch
                    {
                        "rupiah" => IndonesianText.Rupiah(number),
                        "angka" => IndonesianText.Angka(number),
                        "terbilang" => IndonesianText.Terbilang(number),
                        _ => IndonesianText.TerbilangRupiah(number),
                    };
                }
                catch (ArgumentOutOfRangeException)
                {
                    return null;
                }
        }
    }

    private static bool TryNumber(JsonElement? value, string text, out decimal number)
    {
        if (value is { ValueKind: JsonValueKind.Number } v && v.TryGetDecimal(out number)) return true;
        return decimal.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out number);
    }

    private static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length < 10 || !char.IsAsciiDigit(text[0]) || text[4] != '-') return false;
        if (text.Length == 10)
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)) return false;
        // The date as written: the clock date at the offset the value carries.
        date = DateOnly.FromDateTime(moment.DateTime);
        return true;
    }
}
