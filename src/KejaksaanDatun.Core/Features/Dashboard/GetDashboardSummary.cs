using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Offices;
using Mediator;

namespace KejaksaanDatun.Core.Features.Dashboard;

/// <summary>
/// The headline figures of a dashboard: the totals of the office subtree under the filter, how the finished cases
/// ended, registration results, installments, and the office's target.
/// </summary>
/// <remarks>
/// Leaders of both institutions and the administrator read dashboards; so do BPJS staff, who follow the progress of the
/// SKK their office granted (PRODUCT.md §1), and JPN, restricted to the cases they lead. Everyone reads only their own
/// office's subtree.
/// </remarks>
[AllowedRoles(Roles.PimpinanKejaksaan, Roles.PimpinanBpjs, Roles.StafBpjs, Roles.Jpn, Roles.Admin)]
public sealed record GetDashboardSummary(DashboardFilter Filter) : IQuery<DashboardSummary>, IDashboardQuery;

public sealed class GetDashboardSummaryValidator : DashboardQueryValidator<GetDashboardSummary>;

/// <param name="Office">The chosen office; its institution is the view.</param>
/// <param name="FinishedByOutcome">
/// <see cref="CaseFigures.Finished"/> by outcome, every outcome a case ends with (Lunas, SebagianDikembalikan,
/// TidakBerhasil, Gugatan, Dicabut), in that order, zeros included.
/// </param>
/// <param name="AverageDaysToOutcome">
/// Of the cases finished in the period, the mean number of calendar days from handover to finishing, one decimal;
/// none when none finished.
/// </param>
/// <param name="EmployersRegistered">Confirmed NPP issued (PWBD) that took effect in the period.</param>
/// <param name="WorkersAdded">Workers of confirmed "tenaga kerja ditambahkan" outcomes (PWBD, PDS) that took effect in the period.</param>
/// <param name="Target">The chosen office's target for the period's years against the totals.</param>
public sealed record DashboardSummary(
    OfficeOption Office,
    DateOnly From,
    DateOnly To,
    CaseFigures Totals,
    IReadOnlyList<OutcomeCount> FinishedByOutcome,
    decimal? AverageDaysToOutcome,
    int EmployersRegistered,
    int WorkersAdded,
    InstallmentFigures Installments,
    TargetProgress Target)
{
    public Institution View => Office.Institution;
}

public sealed record OutcomeCount(CaseOutcome Outcome, int Cases)
{
    public string Label => DomainLabels.Of(Outcome);
}

/// <summary>How an installment due in the period stands.</summary>
public enum InstallmentStanding
{
    /// <summary>Paid in full by its due date (tepat waktu).</summary>
    OnSchedule,
    /// <summary>Not paid in full by its due date, paid in full since.</summary>
    PaidLate,
    /// <summary>Ingkar janji: due before today (at the chosen office) and still not paid in full.</summary>
    Broken,
    /// <summary>Not yet due and not yet paid in full.</summary>
    NotYetDue,
}

/// <summary>The installments of the current plans due in the period, by <see cref="InstallmentStanding"/>.</summary>
public sealed record InstallmentFigures(int OnSchedule, int PaidLate, int Broken, int NotYetDue)
{
    public int Due => OnSchedule + PaidLate + Broken + NotYetDue;
}

public sealed class GetDashboardSummaryHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : IQueryHandler<GetDashboardSummary, DashboardSummary>
{
    private static readonly CaseOutcome[] FinalOutcomes =
        [CaseOutcome.Lunas, CaseOutcome.SebagianDikembalikan, CaseOutcome.TidakBerhasil, CaseOutcome.Gugatan, CaseOutcome.Dicabut];

    public async ValueTask<DashboardSummary> Handle(GetDashboardSummary query, CancellationToken ct)
    {
        var scope = await DashboardScope.ResolveAsync(db, currentUser.User, query.Filter, clock.UtcNow, ct);
        var figures = FigureSource.For(scope);
        var totals = (await CaseFiguresTable<int>.ComputeAsync(scope, Breakdowns.Total, ct))[0];
        var outcomes = await figures.DaysToOutcomeAsync(ct);
        var finished = outcomes.Total;
        var registrations = (await figures.RegistrationsAsync(perMonth: false, ct))[0];
        var installments = await figures.InstallmentsByStandingAsync(ct);
        var targets = await OfficeTargets.ForAsync(db, [scope.Office.Id], scope.Period, ct);

        return new DashboardSummary(
            scope.Office,
            scope.Period.From,
            scope.Period.To,
            totals,
            FinalOutcomes.Select(o => new OutcomeCount(o, outcomes[o].Count)).ToList(),
            finished.Count == 0 ? null : Math.Round((decimal)finished.Sum / finished.Count, 1, MidpointRounding.AwayFromZero),
            registrations.EmployersRegistered,
            registrations.WorkersAdded,
            new InstallmentFigures(
                installments[(int)InstallmentStanding.OnSchedule].Count, installments[(int)InstallmentStanding.PaidLate].Count,
                installments[(int)InstallmentStanding.Broken].Count, installments[(int)InstallmentStanding.NotYetDue].Count),
            TargetProgress.Of(targets.GetValueOrDefault(scope.Office.Id), totals));
    }
}
