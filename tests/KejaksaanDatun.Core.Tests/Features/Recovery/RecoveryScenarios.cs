using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Recovery;

/// <summary>Requests and look-ups for the recovery tests.</summary>
public static class RecoveryScenarios
{
    /// <summary>The arrears of <see cref="Requests.Skk"/>: 12 × (1.675.000 + 33.500).</summary>
    public static readonly Money Arrears = Money.FromRupiah(20_502_000);

    public static async Task<AgreeInstallmentPlan> Plan(this TestApp app, int skkId, DateOnly signedOn, params (DateOnly DueOn, Money Amount)[] installments) => new()
    {
        SkkId = skkId, Version = await app.VersionOf(skkId), SignedOn = signedOn,
        ResponsibleName = "H. Abdul Gani", ResponsibleTitle = "Direktur PT Uji Coba",
        CommittedAmount = Money.Sum(installments.Select(i => i.Amount)).FormatNumber(),
        Installments = installments.Select(i => new InstallmentInput { DueOn = i.DueOn, Amount = i.Amount.FormatNumber() }).ToList(),
    };

    /// <summary>Three monthly installments of 6.834.000 for the full arrears, the first due on the day of signing.</summary>
    public static Task<AgreeInstallmentPlan> ThreeMonthlyInstallments(this TestApp app, int skkId) =>
        app.Plan(skkId, app.Today,
            (app.Today, Money.FromRupiah(6_834_000)), (app.Today.AddMonths(1), Money.FromRupiah(6_834_000)),
            (app.Today.AddMonths(2), Money.FromRupiah(6_834_000)));

    public static ReportPayment Report(int skkId, DateOnly paidOn, Money amount, string proof = "Bukti transfer Bank Kalsel no. 0012.pdf") => new()
    {
        SkkId = skkId, PaidOn = paidOn, Amount = amount.FormatNumber(), Reference = "TRX-" + amount.Sen, ProofNote = proof,
    };

    public static RecordConfirmedPayment Record(int skkId, DateOnly paidOn, Money amount) => new()
    {
        SkkId = skkId, PaidOn = paidOn, Amount = amount.FormatNumber(), Reference = "SIPP-" + amount.Sen,
    };

    public static async Task<long> PaymentVersion(this TestApp app, int paymentId)
    {
        await using var db = app.NewDb();
        return await db.Payments.Where(p => p.Id == paymentId).Select(p => p.Version).SingleAsync();
    }

    public static async Task<ConfirmPayment> Confirm(this TestApp app, int skkId, int paymentId) =>
        new(skkId, paymentId, await app.PaymentVersion(paymentId));

    /// <summary>Everything a refused request could have changed, to compare before and after.</summary>
    public static async Task<string> StateOf(this TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        var skk = await db.Skks.AsNoTracking().SingleAsync(s => s.Id == skkId);
        var payments = await db.Payments.AsNoTracking().Where(p => p.SkkId == skkId).OrderBy(p => p.Id)
            .Select(p => $"{p.Id}:{p.State}:{p.AmountSen}:{p.Version}").ToListAsync();
        var plans = await db.InstallmentPlans.AsNoTracking().Where(p => p.SkkId == skkId).OrderBy(p => p.Id)
            .Select(p => $"{p.Id}:{p.PlanVersion}:{p.IsCurrent}:{p.Version}").ToListAsync();
        var paid = await db.Installments.AsNoTracking().Where(i => db.InstallmentPlans.Any(p => p.Id == i.PlanId && p.SkkId == skkId))
            .OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.PaidSen}").ToListAsync();
        var events = await db.CaseEvents.CountAsync(e => e.SkkId == skkId);
        var litigation = await db.LitigationRecords.CountAsync(l => l.SkkId == skkId);
        return $"{skk.Status}|{skk.Outcome}|{skk.Version}|{skk.ClosedAt}|{string.Join(",", payments)}|{string.Join(",", plans)}|" +
            $"{string.Join(",", paid)}|{events}|{litigation}";
    }
}
