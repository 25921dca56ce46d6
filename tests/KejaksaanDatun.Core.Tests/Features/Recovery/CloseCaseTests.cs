using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Recovery;

public class CloseCaseTests
{
    [Fact]
    public async Task Lunas_while_arrears_are_outstanding_is_refused_and_nothing_changes()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(20_000_000)), await app.As("bpjs.bjm"));
        var before = await app.StateOf(skkId);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(async () => await app.Send(
            new CloseCase { SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.Lunas }, await app.As("jpn.hst1")));
        Assert.Contains("masih ada sisa tunggakan Rp502.000", refused.Message);
        Assert.Equal(before, await app.StateOf(skkId));
    }

    [Fact]
    public async Task Tidak_berhasil_needs_a_reason_and_returns_the_skk()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var close = new CloseCase { SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.TidakBerhasil };
        var before = await app.StateOf(skkId);
        await Assert.ThrowsAsync<RequestValidationException>(() => app.Send(close, jpn));
        // Only the lead JPN or the leadership closes a case.
        close.Reason = "Badan usaha telah bubar berdasarkan akta pembubaran.";
        await Assert.ThrowsAsync<NotAllowedException>(async () => await app.Send(close, await app.As("jpn.hst2")));
        Assert.Equal(before, await app.StateOf(skkId));

        await app.Send(close, jpn);
        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal(SkkStatus.Selesai, financials.Status);
        Assert.Equal(CaseOutcome.TidakBerhasil, financials.Outcome);
        Assert.Contains("bubar", financials.OutcomeReason);
        await using var db = app.NewDb();
        Assert.Contains(await db.CaseEvents.Where(e => e.SkkId == skkId).ToListAsync(), e => e.ToStatus == SkkStatus.Selesai
            && e.Description.Contains("SKK dikembalikan") && e.Description.Contains("Rp20.502.000") && e.Description.Contains("bubar"));
    }

    [Fact]
    public async Task Gugatan_creates_a_linked_litigation_record_needing_a_new_skk()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.Gugatan,
            LitigationKind = LitigationKind.GugatanSederhana, Reason = "Badan usaha menolak membayar setelah tiga kali dipanggil.",
        }, await app.As("kasidatun.hst"));

        var financials = await app.Send(new GetCaseFinancials(skkId), await app.As("bpjs.bjm"));
        Assert.Equal(CaseOutcome.Gugatan, financials.Outcome);
        var record = Assert.Single(financials.Litigation);
        Assert.Equal(LitigationKind.GugatanSederhana, record.Kind);
        Assert.Contains("SKK baru", record.Note);
    }

    [Fact]
    public async Task Partly_recovered_closes_with_the_rest_returned_and_payments_are_then_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(10_251_000)), bpjs);
        await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.SebagianDikembalikan,
            Reason = "Badan usaha pailit; sisa tidak dapat ditagih.",
        }, await app.As("jpn.hst1"));
        var financials = await app.Send(new GetCaseFinancials(skkId), bpjs);
        Assert.Equal(CaseOutcome.SebagianDikembalikan, financials.Outcome);
        Assert.Equal("50,0 %", financials.RecoveryRateText);

        var before = await app.StateOf(skkId);
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(1)), bpjs));
        Assert.Equal(before, await app.StateOf(skkId));
    }
}
