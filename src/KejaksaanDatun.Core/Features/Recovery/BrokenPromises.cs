using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// Puts on a case's timeline each installment of the current plan that is past its due date (in the office's time
/// zone) and not fully paid, once per installment. Shared by the user's command and the broken-promise reminder, so
/// that whichever comes first records it and the other finds nothing left to record.
/// </summary>
internal static class BrokenPromises
{
    public static async Task<int> RecordAsync(DatunDbContext db, int skkId, Actor actor, OfficeClock clock, CancellationToken ct)
    {
        var skk = await db.Skks.Include(s => s.KejaksaanOffice).SingleAsync(s => s.Id == skkId, ct);
        if (skk.Status != SkkStatus.Ditangani) return 0;
        var plan = await RecoveryRules.CurrentPlan(db, skk.Id, ct);
        if (plan is null) return 0;
        var payments = await RecoveryRules.Payments(db, skk.Id, ct);
        RecoveryMath.Allocate(plan, payments);
        var today = RecoveryRules.Today(clock, skk);
        var now = clock.UtcNow;
        var broken = plan.Installments.Where(i => !i.IsPaid && i.DueOn < today && i.BrokenPromiseRecordedAt is null)
            .OrderBy(i => i.Number).ToList();
        if (broken.Count == 0) return 0;
        db.MarkChanged(skk);
        foreach (var installment in broken)
        {
            installment.BrokenPromiseRecordedAt = now;
            skk.Events.Add(new CaseEvent
            {
                At = now, Kind = CaseEventKind.BrokenPromise, ActorId = actor.UserId, ActorName = actor.Name,
                Description = $"Ingkar janji: angsuran ke-{installment.Number} sebesar {installment.Amount} jatuh tempo " +
                    $"{IndonesianFormat.Date(installment.DueOn)} belum dibayar lunas (terbayar {installment.Paid}, " +
                    $"kurang {installment.Amount - installment.Paid}).",
            });
        }
        return broken.Count;
    }
}
