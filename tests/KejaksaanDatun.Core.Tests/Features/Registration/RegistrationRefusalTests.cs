using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Registration;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Registration;

/// <summary>Each refusal says why and leaves the case, its outcomes and its employer exactly as they were.</summary>
public class RegistrationRefusalTests
{
    private static async Task<TException> RefusedWithoutChange<TException>(TestApp app, int skkId, Func<Task> send) where TException : Exception
    {
        var before = await app.RegistrationStateOf(skkId);
        var refused = await Assert.ThrowsAsync<TException>(send);
        Assert.Equal(before, await app.RegistrationStateOf(skkId));
        return refused;
    }

    [Fact]
    public async Task An_outcome_that_does_not_fit_the_case_type_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var (pds, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.PdsUpah);
        var refused = await RefusedWithoutChange<BusinessRuleException>(app, pds,
            () => app.Send(RegistrationScenarios.ReportWorkers(pds, app.Today, 5), jpn));
        Assert.Equal("Hasil \"Tenaga kerja ditambahkan\" tidak sesuai untuk perkara PDS upah. Hasil yang dapat dicatat: Upah dikoreksi.", refused.Message);

        var (piutang, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        refused = await RefusedWithoutChange<BusinessRuleException>(app, piutang,
            () => app.Send(RegistrationScenarios.ReportNpp(piutang, app.Today, Requests.UniqueNpp()), jpn));
        Assert.Contains("diukur dari pemulihan iuran saja", refused.Message);
    }

    [Fact]
    public async Task An_npp_of_the_wrong_shape_and_empty_figures_are_refused_with_their_messages()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);

        var refused = await RefusedWithoutChange<RequestValidationException>(app, skkId,
            () => app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, "1234-567"), jpn));
        Assert.Equal(Npp.ShapeMessage, Assert.Single(refused.Errors).Message);

        refused = await RefusedWithoutChange<RequestValidationException>(app, skkId,
            () => app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 0), jpn));
        Assert.Contains("harus lebih dari nol", refused.Message);

        var future = RegistrationScenarios.ReportWorkers(skkId, app.Today.AddDays(1), 3);
        refused = await RefusedWithoutChange<RequestValidationException>(app, skkId, () => app.Send(future, jpn));
        Assert.Contains("tidak boleh di masa depan", refused.Message);
    }

    [Fact]
    public async Task Wages_that_do_not_rise_are_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.PdsUpah);
        var command = new RecordConfirmedRegistrationOutcome
        {
            SkkId = skkId, Kind = RegistrationOutcomeKind.UpahDikoreksi, EffectiveOn = app.Today, WageBefore = "10.000.000", WageAfter = "10.000.000",
        };
        var refused = await RefusedWithoutChange<RequestValidationException>(app, skkId, async () => await app.Send(command, await app.As("bpjs.bjm")));
        Assert.Equal("Upah sesudah koreksi harus lebih besar dari upah sebelum koreksi.", Assert.Single(refused.Errors).Message);
    }

    [Fact]
    public async Task An_npp_of_another_employer_is_refused_when_reported_and_when_confirmed()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        var taken = Requests.UniqueNpp();
        await app.Send(Requests.Employer(taken), bpjs);

        var refused = await RefusedWithoutChange<RequestValidationException>(app, skkId,
            () => app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, taken), jpn));
        Assert.Equal($"NPP {taken} sudah terdaftar untuk badan usaha lain.", refused.Message);

        // Reported while free, then given to another employer before BPJS confirms it.
        var later = Requests.UniqueNpp();
        var id = await app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, later), jpn);
        await app.Send(Requests.Employer(later), bpjs);
        refused = await RefusedWithoutChange<RequestValidationException>(app, skkId, async () => await app.Send(await app.ConfirmOutcome(skkId, id), bpjs));
        Assert.Equal($"NPP {later} sudah terdaftar untuk badan usaha lain.", refused.Message);
    }

    [Fact]
    public async Task A_second_npp_for_the_case_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        var first = Requests.UniqueNpp();
        var id = await app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, first), jpn);

        var refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId,
            () => app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, Requests.UniqueNpp()), jpn));
        Assert.Equal($"NPP {first} sudah dicatat untuk perkara ini; batalkan dahulu bila keliru.", refused.Message);

        await app.Send(await app.ConfirmOutcome(skkId, id), await app.As("bpjs.bjm"));
        refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId,
            () => app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, Requests.UniqueNpp()), jpn));
        Assert.EndsWith($"sudah terdaftar dengan NPP {first}.", refused.Message);
    }

    [Fact]
    public async Task Only_the_team_reports_and_only_the_granting_bpjs_office_confirms()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.PdsTenagaKerja);
        var report = RegistrationScenarios.ReportWorkers(skkId, app.Today, 7);

        var refused = await RefusedWithoutChange<NotAllowedException>(app, skkId, async () => await app.Send(report, await app.As("jpn.hst2")));
        Assert.Contains("Hanya JPN dalam tim yang ditunjuk", refused.Message);

        var id = await app.Send(report, await app.As("kasidatun.hst"));
        refused = await RefusedWithoutChange<NotAllowedException>(app, skkId,
            async () => await app.Send(await app.ConfirmOutcome(skkId, id), await app.As("pimpinan.bpjs.kanwil")));
        Assert.Contains("(pemberi kuasa) yang dapat mengonfirmasi hasil kepesertaan", refused.Message);
        await RefusedWithoutChange<NotAllowedException>(app, skkId,
            async () => await app.Send(await app.ConfirmOutcome(skkId, id), await app.As("jpn.hst1")));
        await RefusedWithoutChange<NotFoundOrNotAllowedException>(app, skkId,
            async () => await app.Send(await app.ConfirmOutcome(skkId, id), await app.As("bpjs.kdg")));

        await app.Send(await app.ConfirmOutcome(skkId, id), await app.As("pimpinan.bpjs.bjm"));
        refused = await RefusedWithoutChange<NotAllowedException>(app, skkId,
            async () => await app.Send(await app.ReverseOutcome(skkId, id), await app.As("jpn.hst1")));
        Assert.Contains("yang dapat mengoreksi hasil kepesertaan", refused.Message);
    }

    [Fact]
    public async Task Confirming_a_version_the_officer_did_not_see_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var bpjs = await app.As("bpjs.bjm");
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        var id = await app.Send(RegistrationScenarios.ReportNpp(skkId, app.Today, Requests.UniqueNpp()), jpn);
        var stale = await app.ConfirmOutcome(skkId, id);
        await app.Send(await app.ConfirmOutcome(skkId, id), bpjs);

        await RefusedWithoutChange<ConcurrencyConflictException>(app, skkId, () => app.Send(stale, bpjs));
        var twice = await RefusedWithoutChange<BusinessRuleException>(app, skkId, async () => await app.Send(await app.ConfirmOutcome(skkId, id), bpjs));
        Assert.Contains("berstatus Dikonfirmasi BPJS", twice.Message);
    }

    [Fact]
    public async Task A_report_on_an_expired_skk_or_a_closed_case_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var (closed, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        await app.Send(new CloseCase
        {
            SkkId = closed, Version = await app.VersionOf(closed), Outcome = CaseOutcome.TidakBerhasil, Reason = "Badan usaha sudah tutup.",
        }, jpn);
        var refused = await RefusedWithoutChange<BusinessRuleException>(app, closed,
            () => app.Send(RegistrationScenarios.ReportWorkers(closed, app.Today, 3), jpn));
        Assert.Contains("berstatus Selesai", refused.Message);

        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        app.Clock.Now = app.Clock.Now.AddYears(1).AddDays(2);
        refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId,
            () => app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 3), jpn));
        Assert.Contains("SKK sudah tidak berlaku", refused.Message);
    }

    [Fact]
    public async Task Closing_is_refused_while_an_outcome_waits_for_bpjs_or_nothing_at_all_was_achieved()
    {
        await using var app = await TestApp.StartAsync();
        var jpn = await app.As("jpn.hst1");
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1", CaseType.Pwbd);
        CloseCase Partly(long version) => new()
        {
            SkkId = skkId, Version = version, Outcome = CaseOutcome.SebagianDikembalikan, Reason = "Badan usaha mendaftar, tunggakan dikembalikan.",
        };

        var refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId, async () => await app.Send(Partly(await app.VersionOf(skkId)), jpn));
        Assert.Contains("Belum ada pembayaran atau hasil kepesertaan yang dikonfirmasi BPJS", refused.Message);

        await app.Send(RegistrationScenarios.ReportWorkers(skkId, app.Today, 25), jpn);
        refused = await RefusedWithoutChange<BusinessRuleException>(app, skkId, async () => await app.Send(Partly(await app.VersionOf(skkId)), jpn));
        Assert.Contains("(25 tenaga kerja ditambahkan); konfirmasi atau batalkan dahulu", refused.Message);
    }
}
