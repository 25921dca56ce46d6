using System.Linq.Expressions;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The figures read from the <see cref="MonthlyFigure"/>s of the scope's offices, for a period of whole months and no
/// JPN filter (<see cref="DashboardScope.ReadsMonthlyFigures"/>). Each figure adds up the rows of its kind whose month
/// lies in the period, grouped in SQL like the case figures, so it equals what <see cref="CaseFigureSource"/> counts.
/// </summary>
internal sealed class MonthlyFigureSource(DashboardScope scope) : FigureSource
{
    private readonly int _first = MonthOf(scope.Period.From);
    private readonly int _last = MonthOf(scope.Period.To);

    public override Task<Tallies<TKey>> ReceivedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) =>
        InPeriod(MonthlyFigureKind.Received, by).Tallied(by.OfMonthlyFigure).ToTalliesAsync(ct);

    /// <summary>Received by the period's last month and finished after it, or not yet.</summary>
    public override Task<Tallies<TKey>> InProgressAsync<TKey>(Breakdown<TKey> by, CancellationToken ct)
    {
        var last = _last;
        return Rows(MonthlyFigureKind.OpenUntil, by).Where(m => m.Month > last && m.Category <= last)
            .Tallied(by.OfMonthlyFigure).ToTalliesAsync(ct);
    }

    public override Task<Tallies<TKey>> FinishedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) =>
        InPeriod(MonthlyFigureKind.Finished, by).Tallied(by.OfMonthlyFigure).ToTalliesAsync(ct);

    public override async Task<Tallies<CaseOutcome?>> DaysToOutcomeAsync(CancellationToken ct)
    {
        var byCategory = await InPeriod(MonthlyFigureKind.Finished).Tallied(m => m.Category).ToListAsync(ct);
        return new Tallies<CaseOutcome?>(byCategory.Select(t => new KeyedTally<CaseOutcome?>(
            t.Key == MonthlyFigureRebuild.NoOutcome ? null : (CaseOutcome)t.Key, t.Count, t.Sum)));
    }

    public override Task<Tallies<TKey>> RecoveredAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) =>
        InPeriod(MonthlyFigureKind.Paid, by).Tallied(by.OfMonthlyFigure).ToTalliesAsync(ct);

    public override Task<Tallies<int>> RecoveredPerMonthAsync(CancellationToken ct) => RecoveredAsync(Breakdowns.Month, ct);

    /// <summary>Everything the cases received in the period paid, less what they paid after its last month.</summary>
    public override async Task<Tallies<TKey>> RecoveredOfReceivedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct)
    {
        var (first, last) = (_first, _last);
        var paid = await InPeriod(MonthlyFigureKind.PaidByHandoverMonth, by).Tallied(by.OfMonthlyFigure).ToTalliesAsync(ct);
        var paidLater = await Rows(MonthlyFigureKind.PaidByPaymentAndHandoverMonth, by)
            .Where(m => m.Month > last && m.Category >= first && m.Category <= last)
            .Tallied(by.OfMonthlyFigure).ToTalliesAsync(ct);
        return new Tallies<TKey>(paid.Keys.Select(key =>
            new KeyedTally<TKey>(key, paid[key].Count - paidLater[key].Count, paid[key].Sum - paidLater[key].Sum)));
    }

    public override async Task<RegistrationTallies> RegistrationsAsync(bool perMonth, CancellationToken ct)
    {
        Expression<Func<MonthlyFigure, int>> key = perMonth ? m => m.Month : m => 0;
        var rows = await InPeriod(MonthlyFigureKind.Registrations).Tallied(key).ToListAsync(ct);
        return new RegistrationTallies(rows.ToDictionary(t => t.Key, t => new RegistrationRow(t.Key, t.Count, (int)t.Sum)));
    }

    /// <summary>
    /// An unpaid installment is a broken promise when it fell due before today, and not yet due otherwise: by its month,
    /// except in the month today is in, where the day it falls due tells.
    /// </summary>
    public override async Task<Tallies<int>> InstallmentsByStandingAsync(CancellationToken ct)
    {
        var today = scope.Period.Today;
        var (thisMonth, day) = (MonthOf(today), today.Day);
        var byMonth = await InPeriod(MonthlyFigureKind.Installments)
            .Where(m => m.Category != (int)InstallmentStanding.Broken || m.Month != thisMonth)
            .Tallied(m => m.Category != (int)InstallmentStanding.Broken ? m.Category
                : m.Month < thisMonth ? (int)InstallmentStanding.Broken
                : (int)InstallmentStanding.NotYetDue)
            .ToTalliesAsync(ct);
        var byDay = await InPeriod(MonthlyFigureKind.UnpaidInstallmentsByDay).Where(m => m.Month == thisMonth)
            .Tallied(m => m.Day < day ? (int)InstallmentStanding.Broken : (int)InstallmentStanding.NotYetDue)
            .ToTalliesAsync(ct);
        return new Tallies<int>(byMonth.Keys.Union(byDay.Keys)
            .Select(key => new KeyedTally<int>(key, byMonth[key].Count + byDay[key].Count, byMonth[key].Sum + byDay[key].Sum)));
    }

    private IQueryable<MonthlyFigure> InPeriod<TKey>(MonthlyFigureKind kind, Breakdown<TKey> by)
    {
        var (first, last) = (_first, _last);
        return Rows(kind, by).Where(m => m.Month >= first && m.Month <= last);
    }

    private IQueryable<MonthlyFigure> InPeriod(MonthlyFigureKind kind) => InPeriod(kind, Breakdowns.Total);

    private IQueryable<MonthlyFigure> Rows<TKey>(MonthlyFigureKind kind, Breakdown<TKey> by)
    {
        var grain = GrainFor(by);
        return scope.MonthlyFigures.Where(m => m.Grain == grain && m.Kind == kind);
    }

    /// <summary>The coarsest grain that tells apart what the breakdown and the scope need.</summary>
    private MonthlyFigureGrain GrainFor<TKey>(Breakdown<TKey> by) =>
        !by.ByLeadJpn ? MonthlyFigureGrain.Offices
        : scope.View == Institution.Kejaksaan && scope.CaseType is null ? MonthlyFigureGrain.LeadJpnOnly
        : MonthlyFigureGrain.LeadJpn;

    private static int MonthOf(DateOnly day) => day.Year * 100 + day.Month;
}

internal static class MonthlyFigureTallies
{
    /// <summary>Adds up the rows per key, in one SQL query that returns one row per key.</summary>
    public static IQueryable<KeyedTally<TKey>> Tallied<TKey>(this IQueryable<MonthlyFigure> rows, Expression<Func<MonthlyFigure, TKey>> key) =>
        rows.GroupBy(key).Select(g => new KeyedTally<TKey>(g.Key, g.Sum(m => m.Count), g.Sum(m => m.Amount)));
}
