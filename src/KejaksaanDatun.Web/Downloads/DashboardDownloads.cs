using System.Globalization;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Dashboard.Exports;
using KejaksaanDatun.Core.Features.MonthlyReports;
using KejaksaanDatun.Core.Features.Letters;

namespace KejaksaanDatun.Web.Downloads;

/// <summary>
/// The dashboard's downloads, linked from the dashboard and the monthly report page:
/// <list type="bullet">
/// <item><c>/unduh/dasbor/{tabel}?dari=2025-01-01&amp;sampai=2025-12-31[&amp;kantor=ID][&amp;jenis=PiutangIuran][&amp;jpn=USERID]</c>:
/// one table as .xlsx, <c>tabel</c> one of <c>kantor</c>, <c>jpn</c>, <c>jenis</c>, <c>bulan</c>, <c>umur</c>, <c>badan-usaha</c>;</item>
/// <item><c>/unduh/laporan-bulanan?bulan=2025-03[&amp;kantor=ID]</c>: the unnumbered preview of the monthly report of the office (the
/// user's own by default) as .docx; an issued report is a stored letter, downloaded from <c>/unduh/surat/{id}</c>.</item>
/// </list>
/// A value that cannot be read is answered 400 with what is wrong, in Indonesian, before any request is sent.
/// </summary>
public static class DashboardDownloads
{
    public static void MapDashboardDownloads(this RouteGroupBuilder downloads)
    {
        downloads.MapGet("/dasbor/{tabel}", (string tabel, HttpContext http, RequestDispatcher dispatcher) =>
            ReadTableExport(tabel, http.Request.Query, out var query) is { } problem
                ? BadRequest(problem)
                : DownloadEndpoints.Send(http, dispatcher, query!, FileDownload.XlsxContentType));
        downloads.MapGet("/laporan-bulanan", (HttpContext http, RequestDispatcher dispatcher) =>
            ReadMonthlyReport(http.Request.Query, out var query) is { } problem
                ? BadRequest(problem)
                : DownloadEndpoints.Send(http, dispatcher, query!, FileDownload.DocxContentType));
    }

    /// <summary>Reads a table export from its address; returns what is wrong, or null when <paramref name="query"/> is set.</summary>
    public static string? ReadTableExport(string table, IQueryCollection values, out ExportDashboardTable? query)
    {
        query = null;
        if (!DashboardTables.TryParse(table, out var dashboardTable))
            return $"Tabel dasbor \"{table}\" tidak dikenal. Pilih salah satu: " +
                string.Join(", ", Enum.GetValues<DashboardTable>().Select(t => t.Slug())) + ".";
        if (ReadDate(values, "dari", "Tanggal awal periode", out var from) is { } badFrom) return badFrom;
        if (ReadDate(values, "sampai", "Tanggal akhir periode", out var to) is { } badTo) return badTo;
        if (ReadOffice(values, out var officeId) is { } badOffice) return badOffice;
        CaseType? caseType = null;
        if (values["jenis"].ToString() is { Length: > 0 } type)
        {
            // Only the names: Enum.TryParse would also take any number.
            if (!Enum.GetNames<CaseType>().Contains(type, StringComparer.OrdinalIgnoreCase))
                return $"Jenis perkara \"{type}\" tidak dikenal.";
            caseType = Enum.Parse<CaseType>(type, ignoreCase: true);
        }
        var jpn = values["jpn"].ToString();
        query = new ExportDashboardTable(new DashboardFilter
        {
            From = from, To = to, OfficeId = officeId, CaseType = caseType, JpnUserId = jpn.Length == 0 ? null : jpn,
        }, dashboardTable);
        return null;
    }

    /// <summary>Reads a monthly report from its address; returns what is wrong, or null when <paramref name="query"/> is set.</summary>
    public static string? ReadMonthlyReport(IQueryCollection values, out GetMonthlyReport? query)
    {
        query = null;
        if (!DateOnly.TryParseExact(values["bulan"].ToString(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return "Bulan laporan (bulan) wajib diisi dengan format TTTT-BB, misalnya 2025-03.";
        if (ReadOffice(values, out var officeId) is { } badOffice) return badOffice;
        query = new GetMonthlyReport(officeId, month.Year, month.Month);
        return null;
    }

    private static string? ReadDate(IQueryCollection values, string key, string label, out DateOnly date) =>
        DateOnly.TryParseExact(values[key].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? null
            : $"{label} ({key}) wajib diisi dengan format TTTT-BB-HH, misalnya 2025-01-31.";

    private static string? ReadOffice(IQueryCollection values, out int? officeId)
    {
        officeId = null;
        if (values["kantor"].ToString() is not { Length: > 0 } text) return null;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            return $"Kantor \"{text}\" tidak dikenal.";
        officeId = id;
        return null;
    }

    private static Task<IResult> BadRequest(string message) => Task.FromResult(DownloadEndpoints.Problem(message, StatusCodes.Status400BadRequest));
}
