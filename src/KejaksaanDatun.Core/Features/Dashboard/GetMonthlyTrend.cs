using System.Linq.Expressions;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The trend chart: one row per calendar month the period touches, in order, zeros included. Each figure falls in the
/// month of its own day: received by handover, finished by closing, recovered by payment date, registrations by
/// effective date. The first and last month count only the days within the period.
/// </summary>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record GetMonthlyTrend(DashboardFilter Filter) : IQuery<IReadOnlyList<MonthFiguresRow>>, IDashboardQuery;

public sealed class GetMonthlyTrendValidator : DashboardQueryValidator<GetMonthlyTrend>;

/// <param name="Month">The first day of the month.</param>
public sealed record MonthFiguresRow(DateOnly Month, int Received, long ArrearsHandedOverSen, int Finished, long RecoveredSen,
    int EmployersRegistered, int WorkersAdded)
{
    public Money ArrearsHandedOver => new(ArrearsHandedOverSen);
    public Money Recovered => new(RecoveredSen);
    /// <summary><c>Februari 2022</c></summary>
    public string Label => IndonesianFormat.Month(Month);
}

public sealed class GetMonthlyTrendHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<GetMonthlyTrend, IReadOnlyList<MonthFiguresRow>>
{
    public async ValueTask<IReadOnlyList<MonthFiguresRow>> Handle(GetMonthlyTrend query, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, query.Filter, clock.UtcNow, ct);
        var figures = FigureSource.For(scope);
        var received = await figures.ReceivedAsync(Breakdowns.Month, ct);
        var finished = await figures.FinishedAsync(Breakdowns.Month, ct);
        var recovered = await figures.RecoveredPerMonthAsync(ct);
        var registrations = await figures.RegistrationsAsync(perMonth: true, ct);

        var rows = new List<MonthFiguresRow>();
        for (var month = new DateOnly(scope.Period.From.Year, scope.Period.From.Month, 1); month <= scope.Period.To; month = month.AddMonths(1))
        {
            var key = month.Year * 100 + month.Month;
            rows.Add(new MonthFiguresRow(month, received[key].Count, received[key].Sum, finished[key].Count, recovered[key].Sum,
                registrations[key].EmployersRegistered, registrations[key].WorkersAdded));
        }
        return rows;
    }
}
