using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Targets;

/// <summary>The targets set for a year, in the order of the office trees.</summary>
[AllowedRoles(Roles.Admin)]
public sealed record ListOfficeTargets(int Year) : IQuery<IReadOnlyList<OfficeTargetRow>>;

public sealed record OfficeTargetRow(int Id, int OfficeId, string OfficeCode, string OfficeName, OfficeKind OfficeKind, int Year,
    long RecoveredSen, int? FinishedCases, long Version)
{
    public Money Recovered => new(RecoveredSen);
}

public sealed class ListOfficeTargetsHandler(DatunDbContext db) : IQueryHandler<ListOfficeTargets, IReadOnlyList<OfficeTargetRow>>
{
    public async ValueTask<IReadOnlyList<OfficeTargetRow>> Handle(ListOfficeTargets query, CancellationToken ct) =>
        await Of(db, query.Year).ToListAsync(ct);

    internal static IQueryable<OfficeTargetRow> Of(DatunDbContext db, int year) =>
        db.OfficeTargets.Where(t => t.Year == year)
            .OrderBy(t => t.Office!.Path)
            .Select(t => new OfficeTargetRow(t.Id, t.OfficeId, t.Office!.Code, t.Office.Name, t.Office.Kind, t.Year, t.RecoveredSen,
                t.FinishedCases, t.Version));
}
