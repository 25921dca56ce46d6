using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Registration;

namespace KejaksaanDatun.Core.Features.Recovery;

internal static class PaymentAllocation
{
    /// <summary>
    /// After the set of confirmed payments changed: reallocate the current plan from scratch, then close the
    /// case as Lunas when nothing is outstanding any more. A registration result still waiting for BPJS keeps the
    /// case open: it could be neither confirmed nor reversed once closed, so the JPN closes the case after it.
    /// </summary>
    public static async Task AfterConfirmedChange(DatunDbContext db, Domain.Skk skk, IReadOnlyList<Payment> payments,
        UserContext user, DateTime now, CancellationToken ct)
    {
        var plan = await RecoveryRules.CurrentPlan(db, skk.Id, ct);
        RecoveryMath.Allocate(plan, payments);
        if (skk.Status != SkkStatus.Ditangani || RecoveryMath.Outstanding(skk.TotalArrearsSen, payments) != 0) return;
        var outcomes = await RegistrationRules.Outcomes(db, skk.Id, ct);
        if (outcomes.Any(o => o.State == PaymentState.Reported)) return;
        RecoveryRules.Close(skk, CaseOutcome.Lunas, null, RecoveryRules.PaidInFullText(skk), skk.TotalArrears,
            RegistrationTotals.Of(outcomes), user.Actor, now);
    }
}
