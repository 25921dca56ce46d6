using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Recovery;

public class RecoveryJourneyTests
{
    private static readonly Money Installment = Money.FromRupiah(6_834_000);

    [Fact]
    public async Task Three_monthly_installments_reported_and_confirmed_close_the_case_as_lunas()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var signedOn = app.Today;

        await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(RecoveryScenarios.Arrears, financials.Arrears);
        Assert.Equal(RecoveryScenarios.Arrears, financials.Committed);
        Assert.Equal(1, financials.NextDue!.Number);

        // 1st: reported by the JPN with its proof; it is not recovered until BPJS confirms it.
        var first = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Installment), jpn);
        financials = await app.Send(new GetCaseFinancials(skkId), bpjs);
        Assert.Equal(Money.Zero, financials.ConfirmedRecovered);
        Assert.Equal(Installment, financials.ReportedUnconfirmed);
        Assert.Equal(RecoveryScenarios.Arrears, financials.Outstanding);
        await app.Send(await app.Confirm(skkId, first), bpjs);
        financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(Installment, financials.ConfirmedRecovered);
        Assert.Equal(Money.Zero, financials.ReportedUnconfirmed);
        Assert.Equal(Money.FromRupiah(13_668_000), financials.Outstanding);
        Assert.Equal(33.3m, financials.RecoveryRate);
        Assert.Equal("33,3 %", financials.RecoveryRateText);
        Assert.Equal(2, financials.NextDue!.Number);
        Assert.True(financials.CurrentPlan!.Installments[0].IsPaid);

        // 2nd, a month later: entered by BPJS from its own records, confirmed at once.
        app.Clock.Now = app.Clock.Now.AddMonths(1);
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Installment), bpjs);
        financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(Money.FromRupiah(6_834_000), financials.Outstanding);
        Assert.Equal(SkkStatus.Ditangani, financials.Status);
        Assert.False(financials.BrokenPromise);

        // 3rd: reported, then confirmed: nothing is outstanding and the case closes as Lunas by itself.
        app.Clock.Now = app.Clock.Now.AddMonths(1);
        var third = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Installment), jpn);
        await app.Send(await app.Confirm(skkId, third), bpjs);

        financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(SkkStatus.Selesai, financials.Status);
        Assert.Equal(CaseOutcome.Lunas, financials.Outcome);
        Assert.Equal(Money.Zero, financials.Outstanding);
        Assert.Equal(RecoveryScenarios.Arrears, financials.ConfirmedRecovered);
        Assert.Equal(100.0m, financials.RecoveryRate);
        Assert.Equal("100,0 %", financials.RecoveryRateText);
        Assert.Null(financials.NextDue);
        Assert.All(financials.CurrentPlan!.Installments, i => Assert.True(i.IsPaid));
        Assert.True(financials.DaysOpen >= 58);

        await using var db = app.NewDb();
        var skk = await db.Skks.SingleAsync(s => s.Id == skkId);
        Assert.NotNull(skk.ClosedAt);
        var timeline = await db.CaseEvents.Where(e => e.SkkId == skkId).OrderBy(e => e.Id).ToListAsync();
        Assert.Contains(timeline, e => e.Kind == CaseEventKind.PlanAgreed && e.Description.Contains("Rp20.502.000")
            && e.Description.Contains(IndonesianFormat.Date(signedOn)));
        Assert.Equal(2, timeline.Count(e => e.Kind == CaseEventKind.PaymentReported));
        Assert.Equal(3, timeline.Count(e => e.Kind == CaseEventKind.PaymentConfirmed && e.Description.Contains("Rp6.834.000")));
        Assert.Contains(timeline, e => e.Kind == CaseEventKind.StatusChanged && e.ToStatus == SkkStatus.Selesai && e.Description.Contains("Lunas"));
        Assert.Contains(timeline, e => e.Kind == CaseEventKind.CaseClosed);
    }

    [Fact]
    public async Task A_reversal_restores_the_outstanding_amount_and_the_installment()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        var paymentId = await app.Send(RecoveryScenarios.Record(skkId, app.Today, Installment), bpjs);
        Assert.Equal(Money.FromRupiah(13_668_000), (await app.Send(new GetCaseFinancials(skkId), jpn)).Outstanding);

        await app.Send(new ReversePayment
        {
            SkkId = skkId, PaymentId = paymentId, Version = await app.PaymentVersion(paymentId),
            Reason = "Salah input: pembayaran ini milik badan usaha lain.",
        }, bpjs);

        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(RecoveryScenarios.Arrears, financials.Outstanding);
        Assert.Equal(Money.Zero, financials.ConfirmedRecovered);
        Assert.Equal(0m, financials.RecoveryRate);
        Assert.Equal(Money.Zero, financials.CurrentPlan!.Installments[0].Paid);
        var original = financials.Payments.Single(p => p.Id == paymentId);
        Assert.Equal(PaymentState.Reversed, original.State);
        Assert.Contains("Salah input", original.ReversalReason);
        Assert.Contains(financials.Payments, p => p.ReversesPaymentId == paymentId);

        await using var db = app.NewDb();
        Assert.Equal(2, await db.Payments.CountAsync(p => p.SkkId == skkId));
        Assert.Contains(await db.CaseEvents.Where(e => e.SkkId == skkId).ToListAsync(),
            e => e.Kind == CaseEventKind.PaymentReversed && e.Description.Contains("Rp6.834.000") && e.Description.Contains("Salah input"));
    }

    [Fact]
    public async Task An_installment_unpaid_after_its_due_date_is_a_broken_promise_recorded_once()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(1_000_000)), await app.As("bpjs.bjm"));

        Assert.Equal(0, await app.Send(new MarkBrokenPromises(skkId), jpn));
        Assert.False((await app.Send(new GetCaseFinancials(skkId), jpn)).BrokenPromise);

        app.Clock.Now = app.Clock.Now.AddDays(2);
        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.True(financials.BrokenPromise);
        Assert.True(financials.CurrentPlan!.Installments[0].IsOverdue);
        Assert.False(financials.CurrentPlan.Installments[1].IsOverdue);
        Assert.Equal(1, await app.Send(new MarkBrokenPromises(skkId), jpn));
        Assert.Equal(0, await app.Send(new MarkBrokenPromises(skkId), jpn));

        app.Clock.Now = app.Clock.Now.AddMonths(1);
        Assert.Equal(1, await app.Send(new MarkBrokenPromises(skkId), jpn));

        await using var db = app.NewDb();
        var broken = await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.BrokenPromise).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(2, broken.Count);
        Assert.Contains("angsuran ke-1", broken[0].Description);
        Assert.Contains("kurang Rp5.834.000", broken[0].Description);
        Assert.Contains("angsuran ke-2", broken[1].Description);
    }

    [Fact]
    public async Task A_renegotiation_creates_version_2_and_keeps_version_1()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var firstId = await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Installment), await app.As("bpjs.bjm"));

        app.Clock.Now = app.Clock.Now.AddDays(40);
        var rest = Money.FromRupiah(13_668_000);
        var half = Money.FromRupiah(6_834_000);
        var secondId = await app.Send(await app.Plan(skkId, app.Today,
            (app.Today.AddDays(7), half), (app.Today.AddMonths(2), half)), await app.As("kasidatun.hst"));

        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(secondId, financials.CurrentPlan!.Id);
        Assert.Equal(2, financials.CurrentPlan.PlanVersion);
        Assert.Equal(rest, financials.Committed);
        Assert.Equal(2, financials.CurrentPlan.Installments.Count);
        // The new plan starts from the history only: the earlier payment is not allocated to it.
        Assert.All(financials.CurrentPlan.Installments, i => Assert.Equal(Money.Zero, i.Paid));
        Assert.False(financials.BrokenPromise);
        var old = Assert.Single(financials.PreviousPlans);
        Assert.Equal(firstId, old.Id);
        Assert.Equal(1, old.PlanVersion);
        Assert.False(old.IsCurrent);
        Assert.Equal(3, old.Installments.Count);

        await using var db = app.NewDb();
        Assert.Contains(await db.CaseEvents.Where(e => e.SkkId == skkId).ToListAsync(),
            e => e.Kind == CaseEventKind.PlanRenegotiated && e.Description.Contains("versi 2") && e.Description.Contains("Rp13.668.000"));
    }
}
