using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Dashboard;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Registration;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Dashboard;

/// <summary>
/// The monthly figures kept up by every save equal what a rebuild from the cases gives, after each step of a case's
/// life: the reconciliation tests then vouch for both, as they check the rebuilt figures against the oracle.
/// </summary>
public class MonthlyFigureMaintenanceTests
{
    [Fact]
    public async Task After_every_step_of_a_case_the_monthly_figures_are_what_a_rebuild_from_the_cases_gives()
    {
        await using var app = await TestApp.StartAsync();
        // Just after midnight on 1 November in WITA, where Kejari HST is; still 31 October in WIB.
        app.Clock.Now = new DateTimeOffset(2026, 10, 31, 16, 30, 0, TimeSpan.Zero);
        var bpjs = await app.As("bpjs.bjm");
        var kasi = await app.As("kasidatun.hst");
        var kept = await KeptFigures(app);
        var skkId = 0;

        async Task Step(string name, Func<Task> act)
        {
            await act();
            var after = await KeptFigures(app);
            Assert.False(after.SequenceEqual(kept), $"{name}: no monthly figure changed");
            Assert.Equal(await RebuiltFigures(app), after);
            kept = after;
        }

        // A PWBD case (an employer without an NPP), for which workers added count.
        await Step("handed over, accepted, team appointed", async () => skkId = (await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd)).SkkId);
        await Step("installment plan", async () => await app.Send(await app.ThreeMonthlyInstallments(skkId), await app.As("jpn.hst1")));
        var paymentId = 0;
        await Step("payment recorded", async () =>
            paymentId = await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(6_834_000)), bpjs));
        await Step("payment reversed", async () => await app.Send(new ReversePayment
        {
            SkkId = skkId, PaymentId = paymentId, Version = await app.PaymentVersion(paymentId),
            Reason = "Salah input: pembayaran ini milik badan usaha lain.",
        }, bpjs));
        await Step("workers added", async () => await app.Send(new RecordConfirmedRegistrationOutcome
        {
            SkkId = skkId, Kind = RegistrationOutcomeKind.TenagaKerjaDitambahkan, EffectiveOn = app.Today, WorkersAdded = 4, Note = "Data SIPP",
        }, bpjs));
        await Step("another lead JPN", async () => await app.Send(new AppointJpnTeam
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), WarrantNumber = $"PRINT-{skkId}-2/O.3.14/Gp.2/11/2026",
            WarrantDate = app.Today, LeadJpnId = (await app.As("jpn.hst2")).UserId,
        }, kasi));
        await Step("case closed", async () => await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.TidakBerhasil,
            Reason = "Badan usaha sudah bubar dan tidak ada aset.",
        }, kasi));
        await Step("office moved to another time zone", async () =>
        {
            await using var db = app.NewDb();
            var office = await db.Offices.SingleAsync(o => o.Code == "KEJARI-HST");
            // The case was handed over in November at the office, which in WIB is October.
            office.TimeZone = OfficeTimeZone.WIB;
            await db.SaveChangesAsync();
        });
    }

    private static async Task<List<string>> KeptFigures(TestApp app)
    {
        await using var db = app.NewDb();
        return await Rows(db);
    }

    /// <summary>Rebuilds every office's rows in a transaction that is rolled back, so the kept rows stay as they are.</summary>
    private static async Task<List<string>> RebuiltFigures(TestApp app)
    {
        await using var db = app.NewDb();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await MonthlyFigureRebuild.RebuildAllAsync(db, CancellationToken.None);
        return await Rows(db);
    }

    private static async Task<List<string>> Rows(KejaksaanDatun.Core.Data.DatunDbContext db) =>
        (await db.MonthlyFigures.AsNoTracking().ToListAsync())
        .Select(m => $"{m.KejaksaanOfficeId} {m.BpjsOfficeId} {m.CaseType} {m.Grain} {m.LeadJpnId} {m.Kind} {m.Month} {m.Category} {m.Day}: {m.Count} {m.Amount}")
        .Order(StringComparer.Ordinal).ToList();
}
