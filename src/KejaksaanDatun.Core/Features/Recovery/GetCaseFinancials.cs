using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>The summary card of a case: its money, exact to the sen, with the plan and the payments behind it.</summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan, Roles.Admin)]
public sealed record GetCaseFinancials(int SkkId) : IQuery<CaseFinancials>, ISkkRequest;

public sealed record CaseFinancials(
    Money Arrears,
    Money Committed,
    Money ConfirmedRecovered,
    Money ReportedUnconfirmed,
    Money Outstanding,
    /// <summary>Confirmed / arrears in percent, one decimal.</summary>
    decimal RecoveryRate,
    InstallmentView? NextDue,
    bool BrokenPromise,
    int DaysOpen,
    SkkStatus Status,
    CaseOutcome? Outcome,
    string? OutcomeReason,
    PlanView? CurrentPlan,
    IReadOnlyList<PlanView> PreviousPlans,
    IReadOnlyList<PaymentView> Payments,
    IReadOnlyList<LitigationRecord> Litigation)
{
    /// <summary><c>100,0 %</c></summary>
    public string RecoveryRateText => RecoveryMath.FormatRate(RecoveryRate);
}

public sealed record PlanView(int Id, int PlanVersion, Money Committed, DateOnly SignedOn, string ResponsibleName, string ResponsibleTitle,
    bool IsCurrent, long Version, IReadOnlyList<InstallmentView> Installments);

public sealed record InstallmentView(int Id, int Number, DateOnly DueOn, Money Amount, Money Paid, bool IsOverdue)
{
    public Money Remaining => Amount - Paid;
    public bool IsPaid => Paid >= Amount;
}

public sealed record PaymentView(int Id, DateOnly PaidOn, Money Amount, string Reference, PaymentSource Source, PaymentState State,
    string ProofNote, string ReportedByName, DateTime ReportedAt, string? ConfirmedByName, DateTime? ConfirmedAt,
    string? ReversalReason, int? ReversesPaymentId, long Version);

public sealed class GetCaseFinancialsHandler(DatunDbContext db, OfficeClock clock) : IQueryHandler<GetCaseFinancials, CaseFinancials>
{
    public async ValueTask<CaseFinancials> Handle(GetCaseFinancials query, CancellationToken ct)
    {
        var skk = await db.Skks.AsNoTracking().Include(s => s.KejaksaanOffice).SingleAsync(s => s.Id == query.SkkId, ct);
        var payments = await db.Payments.AsNoTracking().Where(p => p.SkkId == skk.Id).OrderBy(p => p.Id).ToListAsync(ct);
        var plans = await db.InstallmentPlans.AsNoTracking().Include(p => p.Installments)
            .Where(p => p.SkkId == skk.Id).OrderByDescending(p => p.PlanVersion).ToListAsync(ct);
        var litigation = await db.LitigationRecords.AsNoTracking().Where(l => l.SkkId == skk.Id).OrderBy(l => l.Id).ToListAsync(ct);
        var zone = skk.KejaksaanOffice!.TimeZone;
        var today = clock.Today(zone);

        var current = plans.FirstOrDefault(p => p.IsCurrent);
        // Stored allocation is recomputed on every change; recomputing here too keeps the card right whatever happened.
        RecoveryMath.Allocate(current, payments);
        var confirmed = RecoveryMath.Confirmed(payments);
        var open = SkkLifecycle.IsOpen(skk.Status);
        PlanView View(InstallmentPlan p) => new(p.Id, p.PlanVersion, p.Committed, p.SignedOn, p.ResponsibleName, p.ResponsibleTitle,
            p.IsCurrent, p.Version, p.Installments.OrderBy(i => i.Number)
                .Select(i => new InstallmentView(i.Id, i.Number, i.DueOn, i.Amount, i.Paid, p.IsCurrent && open && !i.IsPaid && i.DueOn < today))
                .ToList());
        var currentView = current is null ? null : View(current);

        var start = skk.AcceptedAt ?? skk.HandedOverAt ?? skk.CreatedAt;
        var end = skk.ClosedAt is { } closed ? DateOnly.FromDateTime(OfficeClock.ToLocal(closed, zone)) : today;
        var daysOpen = Math.Max(0, end.DayNumber - DateOnly.FromDateTime(OfficeClock.ToLocal(start, zone)).DayNumber);

        return new CaseFinancials(
            skk.TotalArrears,
            current?.Committed ?? Money.Zero,
            new Money(confirmed),
            new Money(RecoveryMath.ReportedUnconfirmed(payments)),
            new Money(RecoveryMath.Outstanding(skk.TotalArrearsSen, payments)),
            RecoveryMath.RecoveryRate(skk.TotalArrearsSen, confirmed),
            currentView?.Installments.FirstOrDefault(i => !i.IsPaid),
            currentView?.Installments.Any(i => i.IsOverdue) ?? false,
            daysOpen,
            skk.Status,
            skk.Outcome,
            skk.OutcomeReason,
            currentView,
            plans.Where(p => !p.IsCurrent).Select(View).ToList(),
            payments.Select(p => new PaymentView(p.Id, p.PaidOn, p.Amount, p.Reference, p.Source, p.State, p.ProofNote, p.ReportedByName,
                p.ReportedAt, p.ConfirmedByName, p.ConfirmedAt, p.ReversalReason, p.ReversesPaymentId, p.Version)).ToList(),
            litigation);
    }
}
