using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// The BPJS officer of the granting office enters a payment from BPJS's own records: it is confirmed at once.
/// Returns the payment's id.
/// </summary>
[AllowedRoles(Roles.StafBpjs, Roles.PimpinanBpjs)]
public sealed class RecordConfirmedPayment : PaymentFields, ICommand<int>, ISkkRequest;

public sealed class RecordConfirmedPaymentValidator : AbstractValidator<RecordConfirmedPayment>
{
    public RecordConfirmedPaymentValidator()
    {
        PaymentFieldRules.Apply(this);
        RuleFor(x => x.Reference).Must(r => !string.IsNullOrWhiteSpace(r))
            .WithMessage("Referensi pembayaran pada catatan BPJS wajib diisi.");
    }
}

public sealed class RecordConfirmedPaymentHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock)
    : ICommandHandler<RecordConfirmedPayment, int>
{
    public async ValueTask<int> Handle(RecordConfirmedPayment command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        RecoveryRules.EnsureGrantingBpjsOfficer(skk, user);
        var (payment, existing) = await PaymentFieldRules.NewPayment(db, skk, command, PaymentSource.Bpjs, user, clock, ct);
        payment.MarkConfirmed(user.Actor, payment.ReportedAt);
        db.Payments.Add(payment);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.PaymentConfirmed, user, payment.ReportedAt,
            $"Pembayaran {payment.Amount} tanggal {IndonesianFormat.Date(payment.PaidOn)} dicatat dan dikonfirmasi BPJS " +
            $"(referensi {payment.Reference})."));
        await PaymentAllocation.AfterConfirmedChange(db, skk, [.. existing, payment], user, clock.UtcNow, ct);
        await db.SaveChangesAsync(ct);
        return payment.Id;
    }
}
