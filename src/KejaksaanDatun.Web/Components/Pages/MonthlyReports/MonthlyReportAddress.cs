using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace KejaksaanDatun.Web.Components.Pages.MonthlyReports;

/// <summary>
/// The monthly report page's address, <c>/laporan-bulanan?kantor=12&amp;bulan=2025-03</c>: the office and the month it
/// opens on, so that the dashboard and the monthly report reminder can link to a month. A value that does not read is
/// left out and the page takes its default (the user's own office, last month).
/// </summary>
public static class MonthlyReportAddress
{
    public const string Path = "/laporan-bulanan";
    private const string MonthFormat = "yyyy-MM";

    public static string Href(int? officeId, DateOnly month) => QueryHelpers.AddQueryString(Path, Parameters(officeId, month));

    /// <summary>The unnumbered preview of the report, as a download.</summary>
    public static string PreviewHref(int officeId, DateOnly month) => QueryHelpers.AddQueryString("/unduh/laporan-bulanan", Parameters(officeId, month));

    private static IEnumerable<KeyValuePair<string, string?>> Parameters(int? officeId, DateOnly month)
    {
        if (officeId is { } id) yield return new("kantor", id.ToString(CultureInfo.InvariantCulture));
        yield return new("bulan", month.ToString(MonthFormat, CultureInfo.InvariantCulture));
    }

    /// <summary>The first day of the month <c>2025-03</c> names, or null.</summary>
    public static DateOnly? ReadMonth(string? text) =>
        DateOnly.TryParseExact(text, MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}
