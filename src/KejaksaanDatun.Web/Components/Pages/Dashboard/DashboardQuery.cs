using System.Globalization;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.AspNetCore.WebUtilities;

namespace KejaksaanDatun.Web.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's filter as it stands in the address bar (<c>/dasbor?dari=2025-01-01&amp;sampai=2025-12-31&amp;kantor=3</c>),
/// so that a drill-down is a link, the browser's back button goes back up, and a view can be shared. Values that do
/// not read fall back to the defaults (this year, the user's own office, every case type) rather than failing the
/// page, and <see cref="Parse"/> says which were ignored, so that whoever followed a mistyped link is not left reading
/// figures of another view than the one they asked for.
/// </summary>
public sealed record DashboardQuery(DateOnly From, DateOnly To, int? OfficeId = null, CaseType? CaseType = null, string? JpnUserId = null)
{
    private const string DateFormat = "yyyy-MM-dd";

    public static DashboardQuery ThisYear(DateOnly today) => Year(today.Year);

    public static DashboardQuery Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>
    /// Reads the query string's values. A period that does not read, or ends before it starts, is this year; an office
    /// that is not an id is the user's own; an unknown case type is every type. Each such fallback adds a sentence to
    /// <paramref name="problems"/>, in Indonesian, for the page to show. A missing value is no problem: it is the default.
    /// </summary>
    public static DashboardQuery Parse(string? from, string? to, string? officeId, string? caseType, string? jpnUserId, DateOnly today,
        out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        var query = ReadPeriod(from, to, today, found) with
        {
            OfficeId = ReadOffice(officeId, found),
            CaseType = ReadCaseType(caseType, found),
            JpnUserId = string.IsNullOrWhiteSpace(jpnUserId) ? null : jpnUserId,
        };
        problems = found;
        return query;
    }

    /// <summary>The whole calendar year the period is, or null for any other period.</summary>
    public int? WholeYear => From is { Month: 1, Day: 1 } && To == new DateOnly(From.Year, 12, 31) ? From.Year : null;

    public string PeriodLabel => WholeYear is { } year ? $"Tahun {year}" : $"{IndonesianFormat.Date(From)} – {IndonesianFormat.Date(To)}";

    public DashboardFilter Filter => new() { From = From, To = To, OfficeId = OfficeId, CaseType = CaseType, JpnUserId = JpnUserId };

    /// <summary>The dashboard of one office below: same period and type, any JPN (the JPN belong to an office).</summary>
    public DashboardQuery DrillInto(int officeId) => this with { OfficeId = officeId, JpnUserId = null };

    public string Href => QueryHelpers.AddQueryString("/dasbor", Parameters());

    /// <summary>The Excel file of one table of this view (<c>kantor</c>, <c>jpn</c>, <c>jenis</c>, <c>bulan</c>, <c>umur</c>, <c>badan-usaha</c>).</summary>
    public string ExcelHref(string table) => QueryHelpers.AddQueryString($"/unduh/dasbor/{table}", Parameters());

    /// <summary>The cases of a JPN in an office, in the case list.</summary>
    public static string CasesOfJpnHref(int? officeId, string jpnUserId) =>
        QueryHelpers.AddQueryString("/perkara", new Dictionary<string, string?>
        {
            ["kantor"] = officeId?.ToString(CultureInfo.InvariantCulture),
            ["jpn"] = jpnUserId,
        }.Where(p => p.Value is not null));

    /// <summary>The monthly report page on the month, where its report is previewed, issued and downloaded again.</summary>
    public static string MonthlyReportHref(int? officeId, DateOnly month) => MonthlyReports.MonthlyReportAddress.Href(officeId, month);

    private IEnumerable<KeyValuePair<string, string?>> Parameters()
    {
        yield return new("dari", From.ToString(DateFormat, CultureInfo.InvariantCulture));
        yield return new("sampai", To.ToString(DateFormat, CultureInfo.InvariantCulture));
        if (OfficeId is { } office) yield return new("kantor", office.ToString(CultureInfo.InvariantCulture));
        if (CaseType is { } type) yield return new("jenis", type.ToString());
        if (JpnUserId is { } jpn) yield return new("jpn", jpn);
    }

    private static DashboardQuery ReadPeriod(string? from, string? to, DateOnly today, List<string> problems)
    {
        if (string.IsNullOrEmpty(from) && string.IsNullOrEmpty(to)) return ThisYear(today);
        var fallback = $"ditampilkan angka tahun {today.Year}.";
        if (TryDate(from) is not { } f || TryDate(to) is not { } t)
        {
            problems.Add("Periode pada alamat tidak dapat dibaca: tanggal awal (dari) dan tanggal akhir (sampai) ditulis TTTT-BB-HH, " +
                $"misalnya 2025-01-31; {fallback}");
            return ThisYear(today);
        }
        if (t < f)
        {
            problems.Add($"Tanggal akhir periode ({IndonesianFormat.Date(t)}) sebelum tanggal awal ({IndonesianFormat.Date(f)}); {fallback}");
            return ThisYear(today);
        }
        return new DashboardQuery(f, t);
    }

    private static int? ReadOffice(string? text, List<string> problems)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0) return id;
        problems.Add($"Kantor \"{text}\" tidak dikenal; ditampilkan angka kantor Anda sendiri.");
        return null;
    }

    private static CaseType? ReadCaseType(string? text, List<string> problems)
    {
        if (string.IsNullOrEmpty(text)) return null;
        // Only the names, as the Excel downloads read them: Enum.TryParse would also take any number.
        if (Enum.GetNames<CaseType>().FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase)) is { } name)
            return Enum.Parse<CaseType>(name);
        problems.Add($"Jenis perkara \"{text}\" tidak dikenal; ditampilkan semua jenis perkara.");
        return null;
    }

    private static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
