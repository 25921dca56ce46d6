using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Offices;
using Mediator;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The drill-down table: one row per office directly below the chosen one (Kajati → its Kejari; Kancab → its KCP), each
/// with the figures of its whole subtree and its target for the period's years. Cases handled by the chosen office
/// itself make a row of their own, when it has any. The rows add up to the summary's totals.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record GetFiguresByOffice(DashboardFilter Filter) : IQuery<IReadOnlyList<OfficeFiguresRow>>, IDashboardQuery;

public sealed class GetFiguresByOfficeValidator : DashboardQueryValidator<GetFiguresByOffice>;

/// <param name="OwnCases">The row of the cases the chosen office handles (or grants) itself rather than an office below it.</param>
/// <param name="Target">The office's target; none on the <paramref name="OwnCases"/> row, as the chosen office's target covers its whole subtree.</param>
public sealed record OfficeFiguresRow(OfficeOption Office, bool OwnCases, CaseFigures Figures, TargetProgress Target);

public sealed class GetFiguresByOfficeHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<GetFiguresByOffice, IReadOnlyList<OfficeFiguresRow>>
{
    public async ValueTask<IReadOnlyList<OfficeFiguresRow>> Handle(GetFiguresByOffice query, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, query.Filter, clock.UtcNow, ct);
        var figures = await OfficeFigures.ComputeAsync(scope, ct);
        var children = scope.Subtree.Where(o => o.ParentId == scope.Office.Id).ToList();
        var targets = await OfficeTargets.ForAsync(db, children.Select(c => c.Id).ToList(), scope.Period, ct);

        var rows = new List<OfficeFiguresRow>();
        var own = figures.Own(scope.Office.Id);
        if (!own.IsEmpty) rows.Add(new OfficeFiguresRow(scope.Office, true, own, TargetProgress.Of(null, own)));
        foreach (var child in children)
        {
            var subtree = figures.Subtree(child.Id);
            rows.Add(new OfficeFiguresRow(child, false, subtree, TargetProgress.Of(targets.GetValueOrDefault(child.Id), subtree)));
        }
        return rows;
    }
}
