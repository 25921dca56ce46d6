using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The employers with the most arrears still outstanding at the end of the period, largest first: over each employer's
/// cases in progress then (<see cref="CaseFigures.InProgress"/>), their arrears less the confirmed, not reversed
/// payments paid by the period's last day. Ties go to the lower employer id, so the list is stable.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record GetTopOutstandingEmployers(DashboardFilter Filter, int Count = 10)
    : IQuery<IReadOnlyList<OutstandingEmployerRow>>, IDashboardQuery;

public sealed class GetTopOutstandingEmployersValidator : DashboardQueryValidator<GetTopOutstandingEmployers>
{
    public const int MaxCount = 100;

    public GetTopOutstandingEmployersValidator() =>
        RuleFor(x => x.Count).InclusiveBetween(1, MaxCount).WithMessage($"Jumlah badan usaha 1 sampai {MaxCount}.");
}

public sealed record OutstandingEmployerRow(int EmployerId, string Name, string? Npp, int OpenCases, long ArrearsSen, long RecoveredSen)
{
    public long OutstandingSen => ArrearsSen - RecoveredSen;
    public Money Arrears => new(ArrearsSen);
    public Money Recovered => new(RecoveredSen);
    public Money Outstanding => new(OutstandingSen);
}

public sealed class GetTopOutstandingEmployersHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<GetTopOutstandingEmployers, IReadOnlyList<OutstandingEmployerRow>>
{
    public async ValueTask<IReadOnlyList<OutstandingEmployerRow>> Handle(GetTopOutstandingEmployers query, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, query.Filter, clock.UtcNow, ct);
        var top = await LargestAsync(scope, query.Count, ct);

        var ids = top.Select(t => t.EmployerId).ToList();
        var employers = await db.Employers.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name, e.Npp }).ToDictionaryAsync(e => e.Id, ct);
        return top.Select(t => new OutstandingEmployerRow(t.EmployerId, employers[t.EmployerId].Name, employers[t.EmployerId].Npp,
            t.Cases, t.ArrearsSen, t.RecoveredSen)).ToList();
    }

    /// <summary>
    /// What an employer owes never exceeds its arrears. So the employers are taken by arrears, largest first, and only
    /// their payments read, until no employer left has arrears enough to pass the last of those found: the payments of
    /// a few dozen employers are read rather than those of every case in progress in the country.
    /// </summary>
    internal static async Task<List<EmployerOutstanding>> LargestAsync(DashboardScope scope, int count, CancellationToken ct)
    {
        var byArrears = ByArrears(scope);
        // Ranking by arrears costs the same whatever number is taken, reading an employer's payments next to nothing:
        // ten times as many as asked are nearly always enough the first time.
        var candidates = 10 * count;
        while (true)
        {
            // One more than the candidates: its arrears bound what every employer after them can owe.
            var ranked = await byArrears.Take(candidates + 1).ToListAsync(ct);
            var read = ranked.Take(candidates).Select(e => e.EmployerId).ToList();
            var largest = (await Outstanding(scope, read).ToListAsync(ct))
                .OrderByDescending(e => e.OutstandingSen).ThenBy(e => e.EmployerId).Take(count).ToList();
            var allRead = ranked.Count <= candidates;
            if (allRead || (largest.Count == count && largest[^1].OutstandingSen > ranked[^1].ArrearsSen)) return largest;
            candidates *= 4;
        }
    }

    /// <summary>The employers with cases in progress by their arrears, largest first.</summary>
    internal static IQueryable<EmployerArrears> ByArrears(DashboardScope scope) =>
        scope.InProgress()
            .GroupBy(f => f.Case.EmployerId)
            .Select(g => new { EmployerId = g.Key, Arrears = g.Sum(f => f.Amount) })
            .OrderByDescending(e => e.Arrears).ThenBy(e => e.EmployerId)
            .Select(e => new EmployerArrears(e.EmployerId, e.Arrears));

    /// <summary>What the employers owe over their cases in progress: arrears less the payments made by the period's last day.</summary>
    internal static IQueryable<EmployerOutstanding> Outstanding(DashboardScope scope, List<int> employerIds)
    {
        var to = scope.Period.To;
        var payments = scope.Db.ConfirmedPayments();
        return scope.InProgress()
            .Where(f => employerIds.Contains(f.Case.EmployerId))
            .Select(f => new
            {
                f.Case.EmployerId,
                Arrears = f.Amount,
                Recovered = payments.Where(p => p.SkkId == f.Case.Id && p.PaidOn <= to).Sum(p => p.AmountSen),
            })
            .GroupBy(c => c.EmployerId)
            .Select(g => new EmployerOutstanding(g.Key, g.Count(), g.Sum(c => c.Arrears), g.Sum(c => c.Recovered)));
    }
}

internal sealed record EmployerArrears(int EmployerId, long ArrearsSen);

internal sealed record EmployerOutstanding(int EmployerId, int Cases, long ArrearsSen, long RecoveredSen)
{
    public long OutstandingSen => ArrearsSen - RecoveredSen;
}
