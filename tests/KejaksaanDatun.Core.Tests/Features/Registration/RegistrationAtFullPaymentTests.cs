using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Registration;

/// <summary>The last confirmed payment closes a PDS case as Lunas only once its registration results are settled.</summary>
public class RegistrationAtFullPaymentTests
{
    private static readonly Money Installment = Money.FromRupiah(6_834_000);

    private static async Task<(TestApp App, int SkkId)> PdsCaseWithPlan()
    {
        var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.PdsTenagaKerja);
        await app.Send(await app.ThreeMonthlyInstallments(skkId), await app.As("jpn.hst1"));
        return (app, skkId);
    }

    private static async Task PayInFull(TestApp app, int skkId)
    {
        var bpjs = await app.As("bpjs.bjm");
        for (var i = 0; i < 3; i++) await app.Send(RecoveryScenarios.Record(skkId, app.Today, Installment), bpjs);
    }

    [Fact]
    public async Task Paid_in_full_with_a_result_waiting_for_bpjs_the_case_stays_open_until_the_jpn_closes_it_naming_the_result()
    {
        var (app, skkId) = await PdsCaseWithPlan();
        await using var _ = app;
        var jpn = await app.As("jpn.hst1");
        var outcomeId = await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 25), jpn);

        await PayInFull(app, skkId);

        var financials = await app.Send(new GetCaseFinancials(skkId), jpn);
        Assert.Equal((Money.Zero, SkkStatus.Ditangani, (CaseOutcome?)null), (financials.Outstanding, financials.Status, financials.Outcome));

        await app.Send(await app.ConfirmOutcome(skkId, outcomeId), await app.As("bpjs.bjm"));
        await app.Send(new CloseCase { SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.Lunas }, jpn);

        await using var db = app.NewDb();
        var closing = await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.CaseClosed).SingleAsync();
        Assert.Equal($"Hasil penanganan: Lunas. Dipulihkan {RecoveryScenarios.Arrears} dari tunggakan {RecoveryScenarios.Arrears}. " +
            "Hasil kepesertaan: 25 tenaga kerja ditambahkan.", closing.Description);
    }

    [Fact]
    public async Task Paid_in_full_after_the_results_were_confirmed_the_case_closes_as_lunas_by_itself_naming_them()
    {
        var (app, skkId) = await PdsCaseWithPlan();
        await using var _ = app;
        var outcomeId = await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 25), await app.As("jpn.hst1"));
        await app.Send(await app.ConfirmOutcome(skkId, outcomeId), await app.As("bpjs.bjm"));

        await PayInFull(app, skkId);

        await using var db = app.NewDb();
        var skk = await db.Skks.SingleAsync(s => s.Id == skkId);
        Assert.Equal((SkkStatus.Selesai, CaseOutcome.Lunas), (skk.Status, skk.Outcome));
        var statusChange = await db.CaseEvents.Where(e => e.SkkId == skkId && e.ToStatus == SkkStatus.Selesai).SingleAsync();
        Assert.EndsWith("telah dibayar dan dikonfirmasi BPJS. Hasil kepesertaan: 25 tenaga kerja ditambahkan.", statusChange.Description);
    }
}
