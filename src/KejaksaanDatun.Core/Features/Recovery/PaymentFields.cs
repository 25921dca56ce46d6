using FluentValidation;
using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Common;

namespace KejaksaanDatun.Core.Features.Recovery;

/// <summary>The fields of a payment, whether reported by the Kejaksaan or entered by BPJS.</summary>
public abstract class PaymentFields
{
    public int SkkId { get; set; }
    public DateOnly? PaidOn { get; set; }
    public string Amount { get; set; } = "";
    /// <summary>Bank or BPJS reference of the payment.</summary>
    public string Reference { get; set; } = "";
    /// <summary>What proves the payment (e.g. the transfer receipt's name); the file itself is attached separately.</summary>
    public string ProofNote { get; set; } = "";
}

internal static class PaymentFieldRules
{
    public static void Apply<T>(AbstractValidator<T> v) where T : PaymentFields
    {
        v.RuleFor(x => x.PaidOn).RequiredDate("Tanggal pembayaran");
        v.RuleFor(x => x.Amount).RupiahAmount("Jumlah pembayaran")
            .Must(a => !Money.TryParse(a, out var m) || m.Sen > 0).WithMessage("Jumlah pembayaran harus lebih dari nol.");
        v.RuleFor(x => x.Reference).OptionalText("Referensi pembayaran", 200);
        v.RuleFor(x => x.ProofNote).OptionalText("Bukti pembayaran", 1000);
    }

    /// <summary>Checks shared by both ways in and the new payment, not yet added.</summary>
    public static async Task<(Payment Payment, List<Payment> Existing)> NewPayment(
        DatunDbContext db, Domain.Skk skk, PaymentFields fields, PaymentSource source, UserContext user, OfficeClock clock, CancellationToken ct)
    {
        RecoveryRules.EnsureHandled(skk);
        var paidOn = fields.PaidOn!.Value;
        if (paidOn > RecoveryRules.Today(clock, skk))
            throw RequestValidationException.For(nameof(PaymentFields.PaidOn), "Tanggal pembayaran tidak boleh di masa depan.");
        Money.TryParse(fields.Amount, out var amount);
        var existing = await RecoveryRules.Payments(db, skk.Id, ct);
        RecoveryRules.EnsureNoOverpayment(skk, existing, amount);
        var now = clock.UtcNow;
        var payment = new Payment
        {
            SkkId = skk.Id, PaidOn = paidOn, AmountSen = amount.Sen, Reference = fields.Reference.Trim(),
            ProofNote = fields.ProofNote.Trim(), Source = source, State = PaymentState.Reported,
        };
        payment.MarkReported(user.Actor, now);
        return (payment, existing);
    }
}
