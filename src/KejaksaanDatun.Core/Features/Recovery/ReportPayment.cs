using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;
using KejaksaanDatun.Core.Features.Skk;
using Mediator;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>
/// The JPN reports a payment the employer says it made, with its proof. It counts as recovered only once
/// BPJS confirms it against its own records. Returns the payment's id.
/// </summary>
[AllowedRoles(Roles.Jpn, Roles.PimpinanKejaksaan)]
public sealed class ReportPayment : PaymentFields, ICommand<int>, ISkkRequest;

public sealed class ReportPaymentValidator : AbstractValidator<ReportPayment>
{
    public ReportPaymentValidator()
    {
        PaymentFieldRules.Apply(this);
        RuleFor(x => x.ProofNote).Must(p => !string.IsNullOrWhiteSpace(p))
            .WithMessage("Bukti pembayaran wajib disebutkan agar BPJS dapat mencocokkannya.");
    }
}

public sealed class ReportPaymentHandler(DatunDbContext db, CurrentUser currentUser, OfficeClock clock) : ICommandHandler<ReportPayment, int>
{
    public async ValueTask<int> Handle(ReportPayment command, CancellationToken ct)
    {
        var user = currentUser.User;
        var skk = await SkkRules.LoadForChange(db, command.SkkId, null, ct);
        await RecoveryRules.EnsureTeamOrLeadership(db, skk, user, ct);
        var (payment, _) = await PaymentFieldRules.NewPayment(db, skk, command, PaymentSource.Kejaksaan, user, clock, ct);
        db.Payments.Add(payment);
        skk.Events.Add(RecoveryRules.Event(CaseEventKind.PaymentReported, user, payment.ReportedAt,
            $"Pembayaran {payment.Amount} tanggal {IndonesianFormat.Date(payment.PaidOn)} dilaporkan, menunggu konfirmasi BPJS. " +
            $"Bukti: {payment.ProofNote}" + (payment.Reference.Length > 0 ? $"; referensi {payment.Reference}." : ".")));
        await db.SaveChangesAsync(ct);
        return payment.Id;
    }
}
