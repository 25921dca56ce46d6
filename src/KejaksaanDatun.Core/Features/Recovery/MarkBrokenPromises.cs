using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// Puts on the case's timeline each installment of the current plan that is past its due date (in the
/// office's time zone) and not fully paid: once per installment. Returns how many were newly recorded.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan, Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed record MarkBrokenPromises(int SkkId) : ICommand<int>, ISkkRequest;

public sealed class MarkBrokenPromisesHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<MarkBrokenPromises, int>
{
    public async ValueTask<int> Handle(MarkBrokenPromises command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await db.Skks.Include(s => s.KejaksaanOffice).SingleAsync(s => s.Id == command.SkkId, ct);
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
            skk.Events.Add(RecoveryRules.Event(CaseEventKind.BrokenPromise, user, now,
                $"Ingkar janji: angsuran ke-{installment.Number} sebesar {installment.Amount} jatuh tempo " +
                $"{IndonesianFormat.Date(installment.DueOn)} belum dibayar lunas (terbayar {installment.Paid}, " +
                $"kurang {installment.Amount - installment.Paid})."));
        }
        return broken.Count;
    }
}
