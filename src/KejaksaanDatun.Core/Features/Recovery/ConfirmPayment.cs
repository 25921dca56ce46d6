using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// The BPJS officer of the granting office confirms a reported payment against BPJS's records. From then on it
/// counts as recovered; when nothing is outstanding any more the case closes as Lunas.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed record ConfirmPayment(int SkkId, int PaymentId, long Version) : ICommand<Unit>, ISkkRequest;

public sealed class ConfirmPaymentHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<ConfirmPayment, Unit>
{
    public async ValueTask<Unit> Handle(ConfirmPayment command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        RecoveryRules.EnsureGrantingBpjsOfficer(skk, user);
        var payments = await RecoveryRules.Payments(db, skk.Id, ct);
        var payment = payments.SingleOrDefault(p => p.Id == command.PaymentId) ?? throw new NotFoundOrNotAllowedException();
        if (payment.Version != command.Version) throw new ConcurrencyConflictException();
        db.ExpectVersion(payment, command.Version);
        if (payment.State != PaymentState.Reported || payment.IsReversal)
            throw new BusinessRuleException($"Hanya pembayaran yang dilaporkan yang dapat dikonfirmasi; pembayaran ini berstatus {DomainLabels.Of(payment.State)}.");
        RecoveryRules.EnsureHandled(skk);

        var now = clock.UtcNow;
        payment.MarkConfirmed(user.Actor, now);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.PaymentConfirmed, user, now, RecoveryRules.PaymentConfirmedText(payment)));
        await PaymentAllocation.AfterConfirmedChange(db, skk, payments, user, now, ct);
        return Unit.Value;
    }
}
