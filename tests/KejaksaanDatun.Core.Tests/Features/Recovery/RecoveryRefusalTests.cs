using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Recovery;

/// <summary>Each refusal says why and leaves the case exactly as it was.</summary>
public class RecoveryRefusalTests
{
    private static readonly Money Installment = Money.FromRupiah(6_834_000);

    private static async Task<(TestApp App, int SkkId)> CaseWithPlan()
    {
        var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await app.Send(await app.ThreeMonthlyInstallments(skkId), await app.As("jpn.hst1"));
        return (app, skkId);
    }

    private static async Task<TException> RefusedWithoutChange<TException>(TestApp app, int skkId, Func<Task> send) where TException : Exception
    {
        var before = await app.StateOf(skkId);
        var refused = await Assert.ThrowsAsync<TException>(send);
        Assert.Equal(before, await app.StateOf(skkId));
        return refused;
    }

    [Fact]
    public async Task Installments_not_adding_up_to_the_committed_amount_are_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var plan = await app.ThreeMonthlyInstallments(skkId);
        plan.Installments[2].Amount = "6.833.999,99";
        var refused = await RefusedWithoutChange<RequestValidationException>(app, skkId, async () => await app.Send(plan, await app.As("jpn.hst1")));
        Assert.Contains("Jumlah angsuran Rp20.501.999,99 tidak sama dengan jumlah yang disanggupi Rp20.502.000.", refused.Message);
    }

    [Fact]
    public async Task Due_dates_that_do_not_increase_or_precede_the_signing_are_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var plan = await app.ThreeMonthlyInstallments(skkId);
        plan.Installments[2].DueOn = plan.Installments[1].DueOn!.Value.AddDays(-1);
        var refused = await RefusedWithoutChange<RequestValidationException>(app, skkId, () => app.Send(plan, jpn));
        Assert.Contains("angsuran ke-3 harus sesudah angsuran ke-2", refused.Message);

        plan = await app.ThreeMonthlyInstallments(skkId);
        plan.Installments[0].DueOn = app.Today.AddDays(-1);
        refused = await RefusedWithoutChange<RequestValidationException>(app, skkId, () => app.Send(plan, jpn));
        Assert.Contains("tidak boleh sebelum tanggal Surat Pernyataan Kesanggupan", refused.Message);
    }

    [Fact]
    public async Task A_commitment_above_the_arrears_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var plan = await app.Plan(skkId, app.Today, (app.Today, RecoveryScenarios.Arrears + new Money(1)));
        var refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId, async () => await app.Send(plan, await app.As("jpn.hst1")));
        Assert.Contains("melebihi sisa tunggakan Rp20.502.000", refused.Message);
    }

    [Fact]
    public async Task A_commitment_on_an_expired_skk_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        app.Clock.Now = app.Clock.Now.AddYears(1).AddDays(2);
        var plan = await app.ThreeMonthlyInstallments(skkId);
        var refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId, async () => await app.Send(plan, await app.As("jpn.hst1")));
        Assert.Contains("kedaluwarsa", refused.Message);
    }

    [Fact]
    public async Task A_jpn_outside_the_team_may_not_agree_a_plan()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var plan = await app.ThreeMonthlyInstallments(skkId);
        await RefusedWithoutChange<NotAllowedException>(app, skkId, async () => await app.Send(plan, await app.As("jpn.hst2")));
    }

    [Fact]
    public async Task Overpayment_is_refused_counting_reported_and_confirmed_payments()
    {
        var (app, skkId) = await CaseWithPlan();
        await using var _ = app;
        var jpn = await app.As("jpn.hst1");
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(20_000_000)), await app.As("bpjs.bjm"));
        await app.Send(RecoveryScenarios.Report(skkId, app.Today, Money.FromRupiah(500_000)), jpn);

        var refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId,
            () => app.Send(RecoveryScenarios.Report(skkId, app.Today, Money.FromRupiah(2_000) + new Money(1)), jpn));
        Assert.StartsWith("Pembayaran melebihi sisa tunggakan Rp2.000", refused.Message);
        await RefusedWithoutChange<BusinessRuleException>(app, skkId,
            async () => await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(600_000)), await app.As("bpjs.bjm")));

        // Exactly what is left is accepted.
        await app.Send(RecoveryScenarios.Report(skkId, app.Today, Money.FromRupiah(2_000)), jpn);
    }

    [Fact]
    public async Task A_jpn_may_not_confirm_a_payment()
    {
        var (app, skkId) = await CaseWithPlan();
        await using var _ = app;
        var jpn = await app.As("jpn.hst1");
        var paymentId = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Installment), jpn);
        var confirm = await app.Confirm(skkId, paymentId);
        await RefusedWithoutChange<NotAllowedException>(app, skkId, () => app.Send(confirm, jpn));
        await RefusedWithoutChange<NotAllowedException>(app, skkId, async () => await app.Send(confirm, await app.As("kasidatun.hst")));
    }

    [Fact]
    public async Task Bpjs_officers_of_other_offices_may_not_confirm_a_payment()
    {
        var (app, skkId) = await CaseWithPlan();
        await using var _ = app;
        var paymentId = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Installment), await app.As("jpn.hst1"));
        var confirm = await app.Confirm(skkId, paymentId);

        // The regional office sees the case of its branch, but the branch granted the SKK and keeps the records.
        var refused = await RefusedWithoutChange<NotAllowedException>(app, skkId, async () => await app.Send(confirm, await app.As("pimpinan.bpjs.kanwil")));
        Assert.Contains("pemberi kuasa", refused.Message);
        await RefusedWithoutChange<NotFoundOrNotAllowedException>(app, skkId, async () => await app.Send(confirm, await app.As("bpjs.plk")));
        await RefusedWithoutChange<NotAllowedException>(app, skkId,
            async () => await app.Send(RecoveryScenarios.Record(skkId, app.Today, Installment), await app.As("pimpinan.bpjs.kanwil")));
    }

    [Fact]
    public async Task Confirming_twice_is_refused()
    {
        var (app, skkId) = await CaseWithPlan();
        await using var _ = app;
        var bpjs = await app.As("bpjs.bjm");
        var paymentId = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Installment), await app.As("jpn.hst1"));
        await app.Send(await app.Confirm(skkId, paymentId), bpjs);

        var refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId, async () => await app.Send(await app.Confirm(skkId, paymentId), bpjs));
        Assert.Contains("Hanya pembayaran yang dilaporkan", refused.Message);
    }

    [Fact]
    public async Task Two_confirmations_of_the_same_version_the_second_gets_a_conflict()
    {
        var (app, skkId) = await CaseWithPlan();
        await using var _ = app;
        var bpjs = await app.As("bpjs.bjm");
        var paymentId = await app.Send(RecoveryScenarios.Report(skkId, app.Today, Installment), await app.As("jpn.hst1"));
        var first = await app.Confirm(skkId, paymentId);
        var second = await app.Confirm(skkId, paymentId);
        Assert.Equal(first.Version, second.Version);

        await app.Send(first, bpjs);
        await RefusedWithoutChange<ConcurrencyConflictException>(app, skkId, async () => await app.Send(second, await app.As("pimpinan.bpjs.bjm")));
    }

    [Fact]
    public async Task Reversing_with_a_stale_version_or_twice_is_refused()
    {
        var (app, skkId) = await CaseWithPlan();
        await using var _ = app;
        var bpjs = await app.As("bpjs.bjm");
        var paymentId = await app.Send(RecoveryScenarios.Record(skkId, app.Today, Installment), bpjs);
        var reverse = new ReversePayment { SkkId = skkId, PaymentId = paymentId, Version = await app.PaymentVersion(paymentId), Reason = "Salah jumlah pada catatan." };
        // The Kejaksaan may not reverse what BPJS confirmed.
        await RefusedWithoutChange<NotAllowedException>(app, skkId, async () => await app.Send(reverse, await app.As("jpn.hst1")));
        await app.Send(reverse, bpjs);
        await RefusedWithoutChange<ConcurrencyConflictException>(app, skkId, () => app.Send(reverse, bpjs));
        reverse.Version = await app.PaymentVersion(paymentId);
        await RefusedWithoutChange<BusinessRuleException>(app, skkId, () => app.Send(reverse, bpjs));
    }
}
