using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// Corrects a mistaken payment by a reversal with its reason, never by deleting: the payment becomes Reversed,
/// a correcting entry points to it, and the allocation is recomputed without it. A confirmed payment is
/// reversed by BPJS (the granting office); a payment only reported also by the Kejaksaan team.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs, Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class ReversePayment : ICommand<Unit>, ISkkRequest, IReasonedCommand
{
    public int SkkId { get; set; }
    public int PaymentId { get; set; }
    public long Version { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class ReversePaymentValidator : AbstractValidator<ReversePayment>
{
    public ReversePaymentValidator()
    {
        RuleFor(x => x.Reason).RequiredText("Alasan pembatalan", 4000)
            .MinimumLength(10).WithMessage("Alasan pembatalan paling sedikit 10 karakter.");
    }
}

public sealed class ReversePaymentHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<ReversePayment, Unit>
{
    public async ValueTask<Unit> Handle(ReversePayment command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        var payments = await RecoveryRules.Payments(db, skk.Id, ct);
        var payment = payments.SingleOrDefault(p => p.Id == command.PaymentId) ?? throw new NotFoundOrNotAllowedException();
        if (payment.State == PaymentState.Confirmed || user.Institution == Institution.Bpjs)
            RecoveryRules.EnsureGrantingBpjsOfficer(skk, user);
        else
            await RecoveryRules.EnsureTeamOrLeadership(db, skk, user, ct);
        if (payment.Version != command.Version) throw new ConcurrencyConflictException();
        db.ExpectVersion(payment, command.Version);
        if (payment.State == PaymentState.Reversed || payment.IsReversal)
            throw new BusinessRuleException("Pembayaran ini sudah dibatalkan.");
        RecoveryRules.EnsureHandled(skk);

        var now = clock.UtcNow;
        var reason = command.Reason.Trim();
        var wasConfirmed = payment.State == PaymentState.Confirmed;
        payment.MarkReversed(reason, user.Actor, now);
        var correction = new Payment
        {
            SkkId = skk.Id, PaidOn = payment.PaidOn, AmountSen = payment.AmountSen, Reference = payment.Reference,
            Source = user.Institution == Institution.Bpjs ? PaymentSource.Bpjs : PaymentSource.Kejaksaan, ReversesPaymentId = payment.Id,
        };
        correction.MarkReported(user.Actor, now);
        correction.MarkReversed(reason, user.Actor, now);
        db.Payments.Add(correction);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.PaymentReversed, user, now,
            $"Pembayaran {payment.Amount} tanggal {IndonesianFormat.Date(payment.PaidOn)} " +
            $"({(wasConfirmed ? "sudah dikonfirmasi" : "dilaporkan")}) dibatalkan. Alasan: {reason}"));
        if (wasConfirmed) await PaymentAllocation.AfterConfirmedChange(db, skk, payments, user, now, ct);
        return Unit.Value;
    }
}
