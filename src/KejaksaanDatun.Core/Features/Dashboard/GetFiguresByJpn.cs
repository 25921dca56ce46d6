using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// One row per JPN who leads the current team of a case in scope, by name, and one row for the cases without a team
/// (not yet appointed, or withdrawn). A case counts for its lead JPN only, so the rows add up to the totals.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record GetFiguresByJpn(DashboardFilter Filter) : IQuery<IReadOnlyList<JpnFiguresRow>>, IDashboardQuery;

public sealed class GetFiguresByJpnValidator : DashboardQueryValidator<GetFiguresByJpn>;

/// <param name="JpnUserId">None on the row of the cases without a team.</param>
public sealed record JpnFiguresRow(string? JpnUserId, string Name, string OfficeName, CaseFigures Figures)
{
    public const string WithoutTeam = "Belum ada tim JPN";
}

public sealed class GetFiguresByJpnHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<GetFiguresByJpn, IReadOnlyList<JpnFiguresRow>>
{
    public async ValueTask<IReadOnlyList<JpnFiguresRow>> Handle(GetFiguresByJpn query, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, query.Filter, clock.UtcNow, ct);
        var byJpn = await CaseFiguresTable<string?>.ComputeAsync(scope, Breakdowns.LeadJpn, ct);
        var ids = byJpn.Keys.OfType<string>().ToList();
        // One parameter for the ids, however many: a national table names over a thousand JPN.
        var names = await db.Users.Where(u => EF.Parameter(ids).Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, OfficeName = u.Office!.Name }).ToDictionaryAsync(u => u.Id, ct);

        var rows = ids.Select(id => new JpnFiguresRow(id, names[id].FullName, names[id].OfficeName, byJpn[id]))
            .OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        if (byJpn.Keys.Contains(null)) rows.Add(new JpnFiguresRow(null, JpnFiguresRow.WithoutTeam, "", byJpn[null]));
        return rows;
    }
}
