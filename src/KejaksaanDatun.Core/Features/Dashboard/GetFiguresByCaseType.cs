using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>One row per case type (piutang iuran, PWBD, PDS …), every type included; the rows add up to the totals.</summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record GetFiguresByCaseType(DashboardFilter Filter) : IQuery<IReadOnlyList<CaseTypeFiguresRow>>, IDashboardQuery;

public sealed class GetFiguresByCaseTypeValidator : DashboardQueryValidator<GetFiguresByCaseType>;

public sealed record CaseTypeFiguresRow(CaseType CaseType, CaseFigures Figures)
{
    public string Label => DomainLabels.Of(CaseType);
}

public sealed class GetFiguresByCaseTypeHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<GetFiguresByCaseType, IReadOnlyList<CaseTypeFiguresRow>>
{
    public async ValueTask<IReadOnlyList<CaseTypeFiguresRow>> Handle(GetFiguresByCaseType query, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, query.Filter, clock.UtcNow, ct);
        var byType = await CaseFiguresTable<CaseType>.ComputeAsync(scope, Breakdowns.CaseType, ct);
        return Enum.GetValues<CaseType>().Select(t => new CaseTypeFiguresRow(t, byType[t])).ToList();
    }
}
