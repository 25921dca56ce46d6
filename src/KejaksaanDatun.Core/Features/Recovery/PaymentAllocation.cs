using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;

namespace KejaksaanDatun.Core.Features.Recovery;

internal static class PaymentAllocation
{
    /// <summary>
    /// After the set of confirmed payments changed: reallocate the current plan from scratch, then close the
    /// case as Lunas when nothing is outstanding any more.
    /// </summary>
    public static async Task AfterConfirmedChange(DatunDbContext db, Domain.Skk skk, IReadOnlyList<Payment> payments,
        UserContext user, DateTime now, CancellationToken ct)
    {
        var plan = await RecoveryRules.CurrentPlan(db, skk.Id, ct);
        RecoveryMath.Allocate(plan, payments);
        RecoveryRules.CloseIfPaidInFull(skk, plan, payments, user.Actor, now);
    }
}
