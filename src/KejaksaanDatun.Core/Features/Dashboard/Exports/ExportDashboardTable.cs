using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Documents.Excel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Dashboard.Exports;

/// <summary>The tables of the dashboard that export to Excel, each the result of one figure query.</summary>
public enum DashboardTable { Kantor, Jpn, JenisPerkara, Bulan, UmurPerkara, BadanUsaha }

public static class DashboardTables
{
    private static readonly Dictionary<DashboardTable, string> Slugs = new()
    {
        [DashboardTable.Kantor] = "kantor",
        [DashboardTable.Jpn] = "jpn",
        [DashboardTable.JenisPerkara] = "jenis",
        [DashboardTable.Bulan] = "bulan",
        [DashboardTable.UmurPerkara] = "umur",
        [DashboardTable.BadanUsaha] = "badan-usaha",
    };

    /// <summary>The table's name in download addresses and file names: <c>kantor</c>, <c>badan-usaha</c>…</summary>
    public static string Slug(this DashboardTable table) => Slugs[table];

    public static bool TryParse(string? slug, out DashboardTable table)
    {
        foreach (var (candidate, name) in Slugs)
        {
            if (!string.Equals(name, slug, StringComparison.OrdinalIgnoreCase)) continue;
            table = candidate;
            return true;
        }
        table = default;
        return false;
    }
}

/// <summary>
/// A dashboard table as an Excel workbook. The table's own figure query is sent with the same filter, so its roles,
/// office scope and figures are exactly those of the screen; this only lays them out.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record ExportDashboardTable(DashboardFilter Filter, DashboardTable Table) : IQuery<FileDownload>, IDashboardQuery;

public sealed class ExportDashboardTableValidator : DashboardQueryValidator<ExportDashboardTable>
{
    public ExportDashboardTableValidator() => RuleFor(x => x.Table).IsInEnum().WithMessage("Tabel dasbor tidak dikenal.");
}

public sealed class ExportDashboardTableHandler(ISender sender, DatunDbContext db, CurrentUser currentUser)
    : IQueryHandler<ExportDashboardTable, FileDownload>
{
    /// <summary>The name of the totals row.</summary>
    private const string Total = "Jumlah";

    public async ValueTask<FileDownload> Handle(ExportDashboardTable query, CancellationToken ct)
    {
        var filter = query.Filter;
        // The figure query runs first: it refuses an office outside the user's subtree before anything of it is read here.
        var xlsx = query.Table switch
        {
            DashboardTable.Kantor => await ByOffice(filter, ct),
            DashboardTable.Jpn => await ByJpn(filter, ct),
            DashboardTable.JenisPerkara => await ByCaseType(filter, ct),
            DashboardTable.Bulan => await ByMonth(filter, ct),
            DashboardTable.UmurPerkara => await ByAge(filter, ct),
            DashboardTable.BadanUsaha => await TopEmployers(filter, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Table, null),
        };
        return new FileDownload(FileName(query.Table, xlsx.OfficeCode, filter), xlsx.Content);
    }

    private sealed record Workbook(string OfficeCode, byte[] Content);

    /// <summary>A figure query's row under the name the sheet shows, so that the totals row can be named too.</summary>
    private sealed record Labelled<T>(string Label, T Row);

    /// <summary>A row of a table of <see cref="CaseFigures"/>: by office, by JPN, by case type, and their totals.</summary>
    private sealed record FiguresRow(string Name, CaseFigures Figures, string? Office = null, TargetProgress? Target = null);

    private async Task<Workbook> ByOffice(DashboardFilter filter, CancellationToken ct)
    {
        var rows = await sender.Send(new GetFiguresByOffice(filter), ct);
        var heading = await HeadingOf(filter, ct);
        var table = new ExcelTable<FiguresRow>("Angka per satuan kerja", heading.Subtitle).Text("Satuan kerja", r => r.Name);
        AddFigureColumns(table)
            .Money("Target pemulihan", r => r.Target?.TargetRecoveredSen)
            .Percentage("Realisasi target pemulihan", r => r.Target?.RecoveredAchievement)
            .Integer("Target SKK selesai", r => r.Target?.TargetFinishedCases)
            .Percentage("Realisasi target SKK selesai", r => r.Target?.FinishedAchievement);
        var figureRows = rows.Select(r => new FiguresRow(r.OwnCases ? $"{r.Office.Name} (kantor sendiri)" : r.Office.Name, r.Figures,
            Target: r.Target)).ToList();
        return new Workbook(heading.OfficeCode, table.ToXlsx(figureRows, TotalOf(figureRows)));
    }

    private async Task<Workbook> ByJpn(DashboardFilter filter, CancellationToken ct)
    {
        var rows = await sender.Send(new GetFiguresByJpn(filter), ct);
        var heading = await HeadingOf(filter, ct);
        var table = new ExcelTable<FiguresRow>("Angka per JPN", heading.Subtitle)
            .Text("Jaksa Pengacara Negara", r => r.Name)
            .Text("Satuan kerja", r => r.Office);
        var figureRows = rows.Select(r => new FiguresRow(r.Name, r.Figures, r.OfficeName)).ToList();
        return new Workbook(heading.OfficeCode, AddFigureColumns(table).ToXlsx(figureRows, TotalOf(figureRows)));
    }

    private async Task<Workbook> ByCaseType(DashboardFilter filter, CancellationToken ct)
    {
        var rows = await sender.Send(new GetFiguresByCaseType(filter), ct);
        var heading = await HeadingOf(filter, ct);
        var table = new ExcelTable<FiguresRow>("Angka per jenis perkara", heading.Subtitle).Text("Jenis perkara", r => r.Name);
        var figureRows = rows.Select(r => new FiguresRow(r.Label, r.Figures)).ToList();
        return new Workbook(heading.OfficeCode, AddFigureColumns(table).ToXlsx(figureRows, TotalOf(figureRows)));
    }

    private async Task<Workbook> ByMonth(DashboardFilter filter, CancellationToken ct)
    {
        var rows = await sender.Send(new GetMonthlyTrend(filter), ct);
        var heading = await HeadingOf(filter, ct);
        var table = new ExcelTable<Labelled<MonthFiguresRow>>("Angka per bulan", heading.Subtitle)
            .Text("Bulan", r => r.Label)
            .Integer("SKK diterima", r => r.Row.Received)
            .Money("Tunggakan diserahkan", r => r.Row.ArrearsHandedOverSen)
            .Integer("SKK selesai", r => r.Row.Finished)
            .Money("Dipulihkan", r => r.Row.RecoveredSen)
            .Integer("Badan usaha terdaftar", r => r.Row.EmployersRegistered)
            .Integer("Tenaga kerja ditambahkan", r => r.Row.WorkersAdded);
        var totals = new MonthFiguresRow(filter.From, rows.Sum(r => r.Received), rows.Sum(r => r.ArrearsHandedOverSen),
            rows.Sum(r => r.Finished), rows.Sum(r => r.RecoveredSen), rows.Sum(r => r.EmployersRegistered), rows.Sum(r => r.WorkersAdded));
        return new Workbook(heading.OfficeCode,
            table.ToXlsx(rows.Select(r => new Labelled<MonthFiguresRow>(r.Label, r)), new Labelled<MonthFiguresRow>(Total, totals)));
    }

    private async Task<Workbook> ByAge(DashboardFilter filter, CancellationToken ct)
    {
        var rows = await sender.Send(new GetOpenCaseAging(filter), ct);
        var heading = await HeadingOf(filter, ct);
        var table = new ExcelTable<Labelled<AgingRow>>("Umur perkara dalam proses", heading.Subtitle)
            .Text("Umur perkara", r => r.Label)
            .Integer("SKK dalam proses", r => r.Row.Cases)
            .Money("Tunggakan", r => r.Row.ArrearsSen);
        var totals = new AgingRow(default, rows.Sum(r => r.Cases), rows.Sum(r => r.ArrearsSen));
        return new Workbook(heading.OfficeCode,
            table.ToXlsx(rows.Select(r => new Labelled<AgingRow>(r.Label, r)), new Labelled<AgingRow>(Total, totals)));
    }

    private async Task<Workbook> TopEmployers(DashboardFilter filter, CancellationToken ct)
    {
        var rows = await sender.Send(new GetTopOutstandingEmployers(filter), ct);
        var heading = await HeadingOf(filter, ct);
        // A ranking: the sum of its first rows is no figure of the office, so it has no totals row.
        var table = new ExcelTable<OutstandingEmployerRow>("Badan usaha tunggakan terbesar", heading.Subtitle)
            .Text("Badan usaha", r => r.Name)
            .Text("NPP", r => r.Npp)
            .Integer("SKK dalam proses", r => r.OpenCases)
            .Money("Tunggakan", r => r.ArrearsSen)
            .Money("Dipulihkan", r => r.RecoveredSen)
            .Money("Sisa tunggakan", r => r.OutstandingSen);
        return new Workbook(heading.OfficeCode, table.ToXlsx(rows));
    }

    private static ExcelTable<FiguresRow> AddFigureColumns(ExcelTable<FiguresRow> table) => table
        .Integer("SKK diterima", r => r.Figures.Received)
        .Money("Tunggakan diserahkan", r => r.Figures.ArrearsHandedOverSen)
        .Integer("SKK dalam proses", r => r.Figures.InProgress)
        .Integer("SKK selesai", r => r.Figures.Finished)
        .Money("Dipulihkan", r => r.Figures.RecoveredSen)
        .Money("Dipulihkan dari SKK diterima", r => r.Figures.RecoveredOfReceivedSen)
        .Percentage("Tingkat pemulihan", r => r.Figures.RecoveryRate);

    /// <summary>The rows add up to the office's totals (each figure query says so); the rate is that of the sums.</summary>
    private static FiguresRow TotalOf(IEnumerable<FiguresRow> rows) =>
        new(Total, rows.Aggregate(CaseFigures.None, (sum, r) => sum + r.Figures));

    private sealed record Heading(string OfficeCode, string Subtitle);

    /// <summary>The office and period the table counts, and the case type and JPN when the filter narrows to one.</summary>
    private async Task<Heading> HeadingOf(DashboardFilter filter, CancellationToken ct)
    {
        var officeId = filter.OfficeId ?? currentUser.User.OfficeId;
        var office = await db.Offices.Where(o => o.Id == officeId).Select(o => new { o.Code, o.Name }).SingleAsync(ct);
        var parts = new List<string> { office.Name, $"{IndonesianFormat.Date(filter.From)} – {IndonesianFormat.Date(filter.To)}" };
        if (filter.CaseType is { } type) parts.Add(DomainLabels.Of(type));
        if (!string.IsNullOrEmpty(filter.JpnUserId))
            parts.Add("JPN " + await db.Users.Where(u => u.Id == filter.JpnUserId).Select(u => u.FullName).SingleOrDefaultAsync(ct));
        return new Heading(office.Code, string.Join(", ", parts));
    }

    /// <summary><c>dasbor-kantor-KEJATI-KALSEL-2025-01-01-2025-12-31.xlsx</c></summary>
    private static string FileName(DashboardTable table, string officeCode, DashboardFilter filter) =>
        $"dasbor-{table.Slug()}-{FileNames.Part(officeCode)}-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.xlsx";
}
