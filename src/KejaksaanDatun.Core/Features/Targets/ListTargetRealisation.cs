using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Offices;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Targets;

/// <summary>
/// Every office of both trees in tree order, with its target for the year (when one is set) and the realisation of
/// its subtree in that year so far, counted as the dashboard counts it: what the administrator sets targets against.
/// </summary>
[AllowedRoles(Roles.Admin)]
public sealed record ListTargetRealisation(int Year) : IQuery<IReadOnlyList<TargetRealisationRow>>;

/// <param name="Target">The office's target of the year, to edit; none when it has none yet.</param>
/// <param name="Progress">The target against the subtree's recovered amount and finished SKK in the year.</param>
public sealed record TargetRealisationRow(OfficeOption Office, OfficeTargetRow? Target, TargetProgress Progress);

public sealed class ListTargetRealisationValidator : AbstractValidator<ListTargetRealisation>
{
    public ListTargetRealisationValidator() => RuleFor(x => x.Year).TargetYear();
}

public sealed class ListTargetRealisationHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<ListTargetRealisation, IReadOnlyList<TargetRealisationRow>>
{
    public async ValueTask<IReadOnlyList<TargetRealisationRow>> Handle(ListTargetRealisation query, CancellationToken ct)
    {
        var targets = (await ListOfficeTargetsHandler.Of(db, query.Year).ToListAsync(ct)).ToDictionary(t => t.OfficeId);
        var roots = await db.Offices.Where(o => o.ParentId == null).OrderBy(o => o.Path).Select(o => o.Id).ToListAsync(ct);

        var rows = new List<TargetRealisationRow>();
        // One scope per tree (the Kejaksaan's, the BPJS's): each counts cases by its own offices.
        foreach (var root in roots)
        {
            var scope = await DashboardScope.ResolveAsync(db, currentUser.User, DashboardFilter.Year(query.Year, root), clock.UtcNow, ct);
            var figures = await OfficeFigures.ComputeAsync(scope, ct);
            rows.AddRange(scope.Subtree.OrderBy(o => o.Path, StringComparer.Ordinal).Select(office =>
            {
                var target = targets.GetValueOrDefault(office.Id);
                var realised = figures.Subtree(office.Id);
                return new TargetRealisationRow(office, target,
                    new TargetProgress(target?.RecoveredSen, target?.FinishedCases, realised.RecoveredSen, realised.Finished));
            }));
        }
        return rows;
    }
}
