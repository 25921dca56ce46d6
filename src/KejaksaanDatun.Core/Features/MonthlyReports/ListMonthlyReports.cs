using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Letters;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.MonthlyReports;

/// <summary>The monthly reports a Kejaksaan office issued, voided ones included, newest first.</summary>
/// <param name="OfficeId">The reporting Kejaksaan office; empty means the user's own.</param>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record ListMonthlyReports(int? OfficeId) : IQuery<IReadOnlyList<MonthlyReportRow>>;

/// <param name="Id">The stored letter, for <c>GetLetterFile</c> and <c>VoidLetter</c>.</param>
/// <param name="Month">The first day of the month the report covers.</param>
/// <param name="Date">The date the report was signed.</param>
public sealed record MonthlyReportRow(long Id, DateOnly Month, string Number, DateOnly Date, string FileName, string CreatedByName, DateTime CreatedAt,
    bool IsVoid, string? VoidReason, DateTime? VoidedAt, int WarningCount);

public sealed class ListMonthlyReportsHandler(DatunDbContext db, CurrentUser currentUser) : IQueryHandler<ListMonthlyReports, IReadOnlyList<MonthlyReportRow>>
{
    public async ValueTask<IReadOnlyList<MonthlyReportRow>> Handle(ListMonthlyReports query, CancellationToken ct)
    {
        var office = await DashboardScope.ResolveOfficeAsync(db, currentUser.User, query.OfficeId, ct);
        if (office.Institution != Institution.Kejaksaan)
            throw RequestValidationException.For(nameof(ListMonthlyReports.OfficeId), MonthlyReportBuilder.NotKejaksaanMessage);

        var rows = await db.Letters.AsNoTracking().MonthlyReports().Where(l => l.OfficeId == office.Id)
            .OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id)
            .Select(l => new
            {
                l.Id, l.ReportedMonth, l.Number, l.Date, l.FileName, l.CreatedByName, l.CreatedAt, l.IsVoid, l.VoidReason, l.VoidedAt, l.Warnings,
            })
            .ToListAsync(ct);
        return rows.Select(r => new MonthlyReportRow(r.Id, r.ReportedMonth!.Value, r.Number, r.Date, r.FileName,
                r.CreatedByName, r.CreatedAt, r.IsVoid, r.VoidReason, r.VoidedAt, r.Warnings.Length == 0 ? 0 : r.Warnings.Split('\n').Length))
            .ToList();
    }
}
