using System.Text.RegularExpressions;

namespace KejaksaanDatun.Documents.Internal;

internal enum TagKind { Value, Each, If, Else, EndEach, EndIf }

/// <summary>One tag as parsed from the template text.</summary>
internal sealed class TagInfo
{
    public required TagKind Kind { get; init; }
    public required string Text { get; init; }
    public string Path { get; init; } = "";
    public string[] Segments { get; init; } = [];
    public string[] Filters { get; init; } = [];
    public string Location { get; set; } = "";

    public bool IsBlock => Kind != TagKind.Value;
}

internal static partial class TagParser
{
    public static readonly HashSet<string> KnownFilters = new(StringComparer.Ordinal)
    {
        "rupiah", "angka", "terbilang", "terbilang_rupiah", "tanggal", "hari", "tanggal_panjang", "bulan", "upper", "lower", "title",
    };

    [GeneratedRegex(@"^(@index|[\p{L}\p{N}_\-]+(\.[\p{L}\p{N}_\-]+)*)$")]
    private static partial Regex PathPattern();

    /// <summary>Parses the text of one tag, braces included; returns null and an error message when it is malformed.</summary>
    public static TagInfo? Parse(string text, out string? error)
    {
        error = null;
        var inner = text[2..^2].Trim();
        if (inner.Length == 0)
        {
            error = "Tag kosong: tuliskan path data di antara {{ dan }}.";
            return null;
        }

        if (inner[0] == '#')
        {
            var space = IndexOfWhiteSpace(inner);
            var keyword = space < 0 ? inner : inner[..space];
            var rest = space < 0 ? "" : inner[space..].Trim();
            var kind = keyword switch { "#each" => TagKind.Each, "#if" => TagKind.If, _ => (TagKind?)null };
            if (kind is null)
            {
                error = $"Blok '{keyword}' tidak dikenal; gunakan {{{{#each …}}}} atau {{{{#if …}}}}.";
                return null;
            }
            if (rest.Length == 0)
            {
                error = $"Tag {{{{{keyword}}}}} memerlukan path data, misalnya {{{{{keyword} Daftar}}}}.";
                return null;
            }
            if (!ValidPath(rest, out error)) return null;
            return new TagInfo { Kind = kind.Value, Text = text, Path = rest, Segments = rest.Split('.') };
        }

        if (inner[0] == '/')
        {
            var kind = inner switch { "/each" => TagKind.EndEach, "/if" => TagKind.EndIf, _ => (TagKind?)null };
            if (kind is null)
            {
                error = $"Penutup blok '{inner}' tidak dikenal; gunakan {{{{/each}}}} atau {{{{/if}}}}.";
                return null;
            }
            return new TagInfo { Kind = kind.Value, Text = text };
        }

        if (inner == "else") return new TagInfo { Kind = TagKind.Else, Text = text };

        var pieces = inner.Split('|');
        var path = pieces[0].Trim();
        if (path.Length == 0)
        {
            error = "Tag tanpa path data sebelum filter.";
            return null;
        }
        if (!ValidPath(path, out error)) return null;
        var filters = new string[pieces.Length - 1];
        for (var i = 1; i < pieces.Length; i++)
        {
            var f = pieces[i].Trim();
            if (f.Length == 0)
            {
                error = "Filter kosong setelah '|'.";
                return null;
            }
            if (!KnownFilters.Contains(f))
            {
                error = $"Filter '{f}' tidak dikenal. Filter yang tersedia: {string.Join(", ", KnownFilters)}.";
                return null;
            }
            filters[i - 1] = f;
        }
        return new TagInfo { Kind = TagKind.Value, Text = text, Path = path, Segments = path.Split('.'), Filters = filters };
    }

    private static int IndexOfWhiteSpace(string s)
    {
        for (var i = 0; i < s.Length; i++)
            if (char.IsWhiteSpace(s[i])) return i;
        return -1;
    }

    private static bool ValidPath(string path, out string? error)
    {
        error = null;
        if (PathPattern().IsMatch(path)) return true;
        error = IndexOfWhiteSpace(path) >= 0
            ? $"Tag tidak sah: '{path}' berisi spasi; path data ditulis seperti Badan.Nama, filter dipisah dengan '|'."
            : $"Tag tidak sah: '{path}' bukan path data (huruf, angka dan '_' dipisah titik, misalnya Badan.Nama).";
        return false;
    }
}
