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
        var top = await Largest(scope, query.Count).ToListAsync(ct);

        var ids = top.Select(t => t.EmployerId).ToList();
        var employers = await db.Employers.Where(e => ids.Contains(e.Id)).Select(e => new { e.Id, e.Name, e.Npp }).ToDictionaryAsync(e => e.Id, ct);
        return top.Select(t => new OutstandingEmployerRow(t.EmployerId, employers[t.EmployerId].Name, employers[t.EmployerId].Npp,
            t.Cases, t.ArrearsSen, t.RecoveredSen)).ToList();
    }

    internal static IQueryable<EmployerOutstanding> Largest(DashboardScope scope, int count)
    {
        var to = scope.Period.To;
        var payments = scope.Db.ConfirmedPayments();
        return scope.InProgress()
            .Select(f => new
            {
                f.Case.EmployerId,
                Arrears = f.Amount,
                Recovered = payments.Where(p => p.SkkId == f.Case.Id && p.PaidOn <= to).Sum(p => p.AmountSen),
            })
            .GroupBy(c => c.EmployerId)
            .Select(g => new { EmployerId = g.Key, Cases = g.Count(), Arrears = g.Sum(c => c.Arrears), Recovered = g.Sum(c => c.Recovered) })
            .OrderByDescending(e => e.Arrears - e.Recovered).ThenBy(e => e.EmployerId)
            .Take(count)
            .Select(e => new EmployerOutstanding(e.EmployerId, e.Cases, e.Arrears, e.Recovered));
    }
}

internal sealed record EmployerOutstanding(int EmployerId, int Cases, long ArrearsSen, long RecoveredSen);
