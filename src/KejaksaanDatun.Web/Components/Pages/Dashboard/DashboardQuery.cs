using System.Globalization;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using Microsoft.AspNetCore.WebUtilities;

namespace KejaksaanDatun.Web.Components.Pages.Dashboard;

/// <summary>
/// The dashboard's filter as it stands in the address bar (<c>/dasbor?dari=2025-01-01&amp;sampai=2025-12-31&amp;kantor=3</c>),
/// so that a drill-down is a link, the browser's back button goes back up, and a view can be shared. Values that do
/// not read fall back to the defaults (this year, the user's own office) rather than failing the page.
/// </summary>
public sealed record DashboardQuery(DateOnly From, DateOnly To, int? OfficeId = null, CaseType? CaseType = null, string? JpnUserId = null)
{
    private const string DateFormat = "yyyy-MM-dd";

    public static DashboardQuery ThisYear(DateOnly today) => Year(today.Year);

    public static DashboardQuery Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>Reads the query string's values; a period that does not read, or ends before it starts, is this year.</summary>
    public static DashboardQuery Parse(string? from, string? to, int? officeId, string? caseType, string? jpnUserId, DateOnly today)
    {
        var period = TryDate(from) is { } f && TryDate(to) is { } t && t >= f ? new DashboardQuery(f, t) : ThisYear(today);
        return period with
        {
            OfficeId = officeId is > 0 ? officeId : null,
            CaseType = Enum.TryParse<CaseType>(caseType, out var type) && Enum.IsDefined(type) ? type : null,
            JpnUserId = string.IsNullOrWhiteSpace(jpnUserId) ? null : jpnUserId,
        };
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

    private static DateOnly? TryDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
