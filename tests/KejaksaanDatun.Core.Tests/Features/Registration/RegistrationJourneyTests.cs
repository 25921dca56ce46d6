using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Registration;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Registration;

public class RegistrationJourneyTests
{
    [Fact]
    public async Task A_reported_npp_and_workers_count_only_once_bpjs_confirms_them_and_then_update_the_employer()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var npp = Requests.UniqueNpp();

        var nppId = await app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, npp), jpn);
        var workersId = await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 25), jpn);

        // Reported only: nothing counts and the employer is still unregistered.
        var registration = await app.Send(new GetRegistrationOutcomes(skkId), bpjs);
        Assert.Equal([RegistrationOutcomeKind.NppDiterbitkan, RegistrationOutcomeKind.TenagaKerjaDitambahkan], registration.Kinds);
        Assert.Null(registration.Confirmed.NppIssued);
        Assert.Equal(0, registration.Confirmed.WorkersAdded);
        Assert.Equal(2, registration.AwaitingConfirmation);
        Assert.All(registration.Outcomes, o => Assert.Equal(PaymentState.Reported, o.State));
        var employer = await app.EmployerOf(skkId);
        Assert.Null(employer.Npp);
        Assert.Equal(85, employer.WorkerCount);

        await app.Send(await app.ConfirmOutcome(skkId, nppId), bpjs);
        await app.Send(await app.ConfirmOutcome(skkId, workersId), bpjs);

        registration = await app.Send(new GetRegistrationOutcomes(skkId), jpn);
        Assert.Equal(npp, registration.Confirmed.NppIssued);
        Assert.Equal(25, registration.Confirmed.WorkersAdded);
        Assert.Equal(0, registration.AwaitingConfirmation);
        Assert.Equal($"NPP {npp} diterbitkan; 25 tenaga kerja ditambahkan", registration.Confirmed.Describe());
        employer = await app.EmployerOf(skkId);
        Assert.Equal(npp, employer.Npp);
        Assert.Equal(110, employer.WorkerCount);

        await using var db = app.NewDb();
        CaseEventKind[] registrationKinds = [CaseEventKind.RegistrationReported, CaseEventKind.RegistrationConfirmed, CaseEventKind.RegistrationReversed];
        var events = await db.CaseEvents.Where(e => e.SkkId == skkId && registrationKinds.Contains(e.Kind))
            .OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([CaseEventKind.RegistrationReported, CaseEventKind.RegistrationReported,
            CaseEventKind.RegistrationConfirmed, CaseEventKind.RegistrationConfirmed], events.Select(e => e.Kind));
        Assert.Contains($"kini terdaftar dengan NPP {npp}", events[2].Description);
        Assert.Contains("85 menjadi 110 orang", events[3].Description);
        Assert.Equal("Muhammad Rizky Ananda, S.H.", events[3].ActorName);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == nameof(Employer) && a.Action == nameof(ConfirmRegistrationOutcome)
            && a.After!.Contains(npp)));
    }

    [Fact]
    public async Task Bpjs_enters_a_wage_correction_from_its_records_and_it_counts_at_once()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.PdsUpah);
        var bpjs = await app.As("bpjs.bjm");

        await app.Send(new RecordConfirmedRegistrationOutcome
        {
            SkkId = skkId, Kind = RegistrationOutcomeKind.UpahDikoreksi, EffectiveOn = app.Today,
            WageBefore = "85.000.000", WageAfter = "127.500.000,50",
        }, bpjs);

        var registration = await app.Send(new GetRegistrationOutcomes(skkId), await app.As("jpn.hst1"));
        Assert.Equal(Money.FromRupiah(42_500_000.50m), registration.Confirmed.WageIncrease);
        var outcome = Assert.Single(registration.Outcomes);
        Assert.Equal(PaymentState.Confirmed, outcome.State);
        Assert.Equal(PaymentSource.Bpjs, outcome.Source);
        Assert.Equal("upah dilaporkan dikoreksi dari Rp85.000.000 menjadi Rp127.500.000,50 per bulan", outcome.Description);
    }

    [Fact]
    public async Task Reversing_confirmed_outcomes_undoes_them_on_the_employer_and_lets_the_right_npp_be_recorded()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var wrong = Requests.UniqueNpp();
        var nppId = await app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, wrong), jpn);
        var workersId = await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 30), jpn);
        await app.Send(await app.ConfirmOutcome(skkId, nppId), bpjs);
        await app.Send(await app.ConfirmOutcome(skkId, workersId), bpjs);

        await app.Send(await app.ReverseOutcome(skkId, nppId), bpjs);
        await app.Send(await app.ReverseOutcome(skkId, workersId), bpjs);

        var employer = await app.EmployerOf(skkId);
        Assert.Null(employer.Npp);
        Assert.Equal(85, employer.WorkerCount);
        var registration = await app.Send(new GetRegistrationOutcomes(skkId), jpn);
        Assert.False(registration.Confirmed.Any);
        Assert.All(registration.Outcomes, o => Assert.Equal(PaymentState.Reversed, o.State));
        Assert.Equal("Salah input, NPP milik badan usaha lain.", registration.Outcomes[0].ReversalReason);

        // The row stays; a new NPP may now be recorded.
        var right = Requests.UniqueNpp();
        await app.Send(new RecordConfirmedRegistrationOutcome
        {
            SkkId = skkId, Kind = RegistrationOutcomeKind.NppDiterbitkan, EffectiveOn = app.Today, Npp = right,
        }, bpjs);
        Assert.Equal(right, (await app.EmployerOf(skkId)).Npp);
        Assert.Equal(3, (await app.Send(new GetRegistrationOutcomes(skkId), jpn)).Outcomes.Count);
    }

    [Fact]
    public async Task A_jpn_withdraws_an_outcome_that_is_only_reported()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.PdsTenagaKerja);
        var jpn = await app.As("jpn.hst1");
        var id = await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 12), jpn);

        await app.Send(await app.ReverseOutcome(skkId, id), jpn);

        var outcome = Assert.Single((await app.Send(new GetRegistrationOutcomes(skkId), jpn)).Outcomes);
        Assert.Equal(PaymentState.Reversed, outcome.State);
        Assert.Equal(85, (await app.EmployerOf(skkId)).WorkerCount);
    }

    [Fact]
    public async Task A_pwbd_case_whose_employer_registered_closes_with_its_registration_counted_even_without_payment()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var npp = Requests.UniqueNpp();
        await app.Send(await app.ConfirmOutcome(skkId, await app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, npp), jpn)), bpjs);
        await app.Send(await app.ConfirmOutcome(skkId, await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 25), jpn)), bpjs);

        await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.SebagianDikembalikan,
            Reason = "Badan usaha telah mendaftar; tunggakan iuran masa lalu dikembalikan kepada BPJS.",
        }, jpn);

        await using var db = app.NewDb();
        var skk = await db.Skks.SingleAsync(s => s.Id == skkId);
        Assert.Equal(SkkStatus.Selesai, skk.Status);
        Assert.Equal(CaseOutcome.SebagianDikembalikan, skk.Outcome);
        var closed = await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.CaseClosed).SingleAsync();
        Assert.Contains($"Hasil kepesertaan: NPP {npp} diterbitkan; 25 tenaga kerja ditambahkan.", closed.Description);
        var status = await db.CaseEvents.Where(e => e.SkkId == skkId && e.ToStatus == SkkStatus.Selesai).SingleAsync();
        Assert.Contains($"NPP {npp} diterbitkan", status.Description);
    }
}
