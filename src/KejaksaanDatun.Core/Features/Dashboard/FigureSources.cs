using System.Linq.Expressions;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// What a breakdown groups by, said of a case's <see cref="Fact"/> and of a <see cref="MonthlyFigure"/>, so that each
/// source of figures groups alike.
/// </summary>
/// <param name="ByLeadJpn">Whether the breakdown needs monthly figures that keep the lead JPN apart.</param>
internal sealed record Breakdown<TKey>(Expression<Func<Fact, TKey>> OfFact, Expression<Func<MonthlyFigure, TKey>> OfMonthlyFigure,
    bool ByLeadJpn = false);

internal static class Breakdowns
{
    /// <summary>The one group that holds every fact, for totals.</summary>
    public static readonly Breakdown<int> Total = new(f => 0, m => 0);
    public static readonly Breakdown<CaseType> CaseType = new(f => f.Case.CaseType, m => m.CaseType);
    public static readonly Breakdown<string?> LeadJpn = new(f => f.Case.LeadJpnId, m => m.LeadJpnId, ByLeadJpn: true);
    /// <summary>The month of each fact's own day, year × 100 + month.</summary>
    public static readonly Breakdown<int> Month = new(f => f.Month, m => m.Month);

    /// <summary>The office the case is at in the view: the Kejaksaan office handling it, or the BPJS office that granted it.</summary>
    public static Breakdown<int> Office(Institution view) => view == Institution.Kejaksaan
        ? new(f => f.Case.KejaksaanOfficeId, m => m.KejaksaanOfficeId)
        : new(f => f.Case.BpjsOfficeId, m => m.BpjsOfficeId);
}

/// <summary>
/// Where a dashboard reads its figures: the cases themselves (<see cref="CaseFigureSource"/>), or their monthly figures
/// added up in advance (<see cref="MonthlyFigureSource"/>), which hold whole months only and no filter by JPN. Both give
/// the same figures; <see cref="For"/> takes the monthly figures whenever they can answer.
/// </summary>
internal abstract class FigureSource
{
    public static FigureSource For(DashboardScope scope) =>
        scope.ReadsMonthlyFigures ? new MonthlyFigureSource(scope) : new CaseFigureSource(scope);

    /// <summary>SKK received in the period; sum = their arrears.</summary>
    public abstract Task<Tallies<TKey>> ReceivedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct);
    /// <summary>Cases in progress at the end of the period; counted only.</summary>
    public abstract Task<Tallies<TKey>> InProgressAsync<TKey>(Breakdown<TKey> by, CancellationToken ct);
    /// <summary>Cases finished in the period; counted only.</summary>
    public abstract Task<Tallies<TKey>> FinishedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct);
    /// <summary>Cases finished in the period by outcome; sum = days from handover to finishing.</summary>
    public abstract Task<Tallies<CaseOutcome?>> DaysToOutcomeAsync(CancellationToken ct);
    /// <summary>Confirmed payments paid in the period; sum = their amount.</summary>
    public abstract Task<Tallies<TKey>> RecoveredAsync<TKey>(Breakdown<TKey> by, CancellationToken ct);
    /// <summary><see cref="RecoveredAsync{TKey}"/> per month of payment.</summary>
    public abstract Task<Tallies<int>> RecoveredPerMonthAsync(CancellationToken ct);
    /// <summary>What the cases received in the period recovered by its end; sum = the amount.</summary>
    public abstract Task<Tallies<TKey>> RecoveredOfReceivedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct);
    /// <summary>Registration results of the period, in total or per effective month.</summary>
    public abstract Task<RegistrationTallies> RegistrationsAsync(bool perMonth, CancellationToken ct);
    /// <summary>Installments due in the period per <see cref="InstallmentStanding"/>.</summary>
    public abstract Task<Tallies<int>> InstallmentsByStandingAsync(CancellationToken ct);
}

/// <summary>The figures read from the cases, for any period and filter (<see cref="DashboardFacts"/>).</summary>
internal sealed class CaseFigureSource(DashboardScope scope) : FigureSource
{
    public override Task<Tallies<TKey>> ReceivedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) => scope.Received().TallyBy(by.OfFact, ct);
    public override Task<Tallies<TKey>> InProgressAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) => scope.InProgress().TallyBy(by.OfFact, ct);
    public override Task<Tallies<TKey>> FinishedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) => scope.Finished().TallyBy(by.OfFact, ct);
    public override Task<Tallies<CaseOutcome?>> DaysToOutcomeAsync(CancellationToken ct) => scope.DaysToOutcome().TallyBy(f => f.Case.Outcome, ct);
    public override Task<Tallies<TKey>> RecoveredAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) => scope.Recovered().TallyBy(by.OfFact, ct);
    public override Task<Tallies<int>> RecoveredPerMonthAsync(CancellationToken ct) => scope.RecoveredPerMonth().ToTalliesAsync(ct);

    public override Task<Tallies<TKey>> RecoveredOfReceivedAsync<TKey>(Breakdown<TKey> by, CancellationToken ct) =>
        scope.RecoveredOfReceived().TallyBy(by.OfFact, ct);

    public override Task<RegistrationTallies> RegistrationsAsync(bool perMonth, CancellationToken ct) =>
        scope.Registrations(perMonth ? DashboardFacts.EffectiveMonth : DashboardFacts.InTotal).ToRegistrationTalliesAsync(ct);

    public override Task<Tallies<int>> InstallmentsByStandingAsync(CancellationToken ct) => scope.InstallmentsByStanding().ToTalliesAsync(ct);
}
