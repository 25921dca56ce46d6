using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Features.Summons;
using KejaksaanDatun.Core.Tests.Infrastructure;

namespace KejaksaanDatun.Core.Tests.Features.Summons;

/// <summary>Who may not work a case, and when a case may not be worked: each refusal leaves the case exactly as it was.</summary>
public class SummonsRefusalTests
{
    [Fact]
    public async Task Bpjs_users_and_the_administrator_may_not_schedule_but_may_see_the_history()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), await app.As("jpn.hst1"));

        foreach (var user in new[] { "bpjs.bjm", "pimpinan.bpjs.bjm", "admin" })
        {
            var refused = await app.RefusedWithoutChange<NotAllowedException>(skkId,
                async () => await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(4)), await app.As(user)));
            Assert.Equal("Anda tidak berwenang melakukan tindakan ini.", refused.Message);
            Assert.Single((await app.Send(new ListSummons(skkId), await app.As(user))).Summons);
        }
        await app.RefusedWithoutChange<NotAllowedException>(skkId,
            async () => await app.Send(new ProposeNextSummons(skkId), await app.As("bpjs.bjm")));
        // A BPJS office that did not grant the SKK does not even see it.
        await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () => await app.Send(new ListSummons(skkId), await app.As("bpjs.plk")));
    }

    [Fact]
    public async Task A_jpn_outside_the_team_and_the_leadership_of_other_offices_are_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), await app.As("jpn.hst1"));

        // Same office, not in the team.
        var outsider = await app.RefusedWithoutChange<NotAllowedException>(skkId,
            async () => await app.Send(await app.Delivery(skkId, summonsId, app.Today), await app.As("jpn.hst2")));
        Assert.Equal("Hanya JPN dalam tim yang ditunjuk untuk perkara ini atau pimpinan Kejaksaan Negeri Hulu Sungai Tengah " +
            "yang dapat mencatat tindakan pada perkara ini.", outsider.Message);
        // The Kejati above sees the case but is not the office handling it.
        await app.RefusedWithoutChange<NotAllowedException>(skkId,
            async () => await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(4)), await app.As("kajati.kalsel")));
        // Another Kejari does not see the case at all.
        foreach (var user in new[] { "jpn.bjm1", "kasidatun.bjm" })
        {
            await app.RefusedWithoutChange<NotFoundOrNotAllowedException>(skkId,
                async () => await app.Send(await app.Delivery(skkId, summonsId, app.Today), await app.As(user)));
            await Assert.ThrowsAsync<NotFoundOrNotAllowedException>(async () => await app.Send(new ListSummons(skkId), await app.As(user)));
        }
    }

    [Fact]
    public async Task Every_member_of_the_active_team_may_work_the_case_and_a_replaced_team_no_longer()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var kasi = await app.As("kasidatun.hst");
        var newTeam = new AppointJpnTeam
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), WarrantNumber = $"PRINT-{skkId}-B/O.3.14/Gp.2/11/2026", WarrantDate = app.Today,
            LeadJpnId = (await app.As("jpn.hst2")).UserId, MemberIds = [(await app.As("jpn.hst3")).UserId],
        };
        await app.Send(newTeam, kasi);

        var refused = await app.RefusedWithoutChange<NotAllowedException>(skkId,
            async () => await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), await app.As("jpn.hst1")));
        Assert.StartsWith("Hanya JPN dalam tim yang ditunjuk", refused.Message);
        // A member who is not the lead records as well as the lead.
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), await app.As("jpn.hst3"));
        await app.Send(await app.Delivery(skkId, summonsId, app.Today), await app.As("jpn.hst2"));
        Assert.NotNull(Assert.Single((await app.Send(new ListSummons(skkId), kasi)).Summons).DeliveredOn);
    }

    [Fact]
    public async Task A_summons_of_another_case_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var (otherSkkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);
        app.SetOfficeTime(day, 10);
        var otherBefore = await app.WorkStateOf(otherSkkId);

        var delivery = await app.Delivery(skkId, summonsId, app.Today);
        delivery.SkkId = otherSkkId;
        await app.RefusedWithoutChange<NotFoundOrNotAllowedException>(skkId, () => app.Send(delivery, jpn));
        var attendance = await app.Attendance(skkId, summonsId, SummonsAttendance.NotAttended);
        attendance.SkkId = otherSkkId;
        await app.RefusedWithoutChange<NotFoundOrNotAllowedException>(skkId, () => app.Send(attendance, jpn));
        await app.RefusedWithoutChange<NotFoundOrNotAllowedException>(skkId, async () => await app.Send(new RescheduleSummons
        {
            SkkId = otherSkkId, SummonsId = summonsId, Version = await app.SummonsVersion(summonsId),
            ScheduledAtLocal = day.AddDays(1).ToDateTime(new TimeOnly(9, 0)), Place = SummonsScenarios.Place, Purpose = SummonsScenarios.Purpose,
        }, jpn));

        Assert.Equal(otherBefore, await app.WorkStateOf(otherSkkId));
        Assert.Empty((await app.Send(new ListSummons(otherSkkId), jpn)).Summons);
    }

    [Fact]
    public async Task A_stale_summons_version_gets_a_conflict_and_nothing_changes()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var kasi = await app.As("kasidatun.hst");
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);

        // Two people open the same summons; the JPN records the receipt first.
        var first = await app.Delivery(skkId, summonsId, app.Today);
        var stale = new RescheduleSummons
        {
            SkkId = skkId, SummonsId = summonsId, Version = first.Version,
            ScheduledAtLocal = day.AddDays(1).ToDateTime(new TimeOnly(9, 0)), Place = "Kantor Camat Barabai", Purpose = SummonsScenarios.Purpose,
        };
        await app.Send(first, jpn);

        var refused = await app.RefusedWithoutChange<ConcurrencyConflictException>(skkId, () => app.Send(stale, kasi));
        Assert.StartsWith("Data ini baru saja diubah oleh pengguna lain.", refused.Message);
        await app.RefusedWithoutChange<ConcurrencyConflictException>(skkId, () => app.Send(first, jpn));
        app.SetOfficeTime(day, 10);
        await app.RefusedWithoutChange<ConcurrencyConflictException>(skkId, () => app.Send(new RecordSummonsAttendance
        {
            SkkId = skkId, SummonsId = summonsId, Version = first.Version, Attendance = SummonsAttendance.NotAttended,
        }, kasi));

        // With the version just read it goes through.
        stale.Version = await app.SummonsVersion(summonsId);
        stale.ScheduledAtLocal = day.AddDays(1).ToDateTime(new TimeOnly(9, 0));
        await app.Send(stale, kasi);
        Assert.Equal("Kantor Camat Barabai", Assert.Single((await app.Send(new ListSummons(skkId), jpn)).Summons).Place);
    }

    [Fact]
    public async Task An_expired_skk_takes_no_new_summons_but_its_results_can_still_be_recorded()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);
        var validUntil = app.Today.AddYears(1).AddDays(-1);

        // On its last day the SKK still works.
        app.SetOfficeTime(validUntil, 8);
        await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.NotAttended), jpn);
        var proposal = await app.Send(new ProposeNextSummons(skkId), jpn);
        // The proposal keeps the weekday of Undangan I and is not before today.
        var proposedDay = DateOnly.FromDateTime(proposal!.ScheduledAtLocal);
        Assert.Equal(day.DayOfWeek, proposedDay.DayOfWeek);
        Assert.InRange(proposedDay, validUntil, validUntil.AddDays(6));
        var secondId = await app.Send(SummonsScenarios.Schedule(skkId, validUntil, 15), jpn);

        // From the next day in WITA (16.00 UTC the evening before) nothing new can be started.
        app.SetOfficeTime(validUntil.AddDays(1), 0, 5);
        var expected = $"SKK sudah tidak berlaku sejak {IndonesianFormat.Date(validUntil.AddDays(1))}; tindakan baru tidak dapat dicatat " +
            "selain laporan atau perpanjangan dengan SKK baru.";
        var attend = await app.Attendance(skkId, secondId, SummonsAttendance.NotAttended);
        var reschedule = new RescheduleSummons
        {
            SkkId = skkId, SummonsId = secondId, Version = attend.Version,
            ScheduledAtLocal = validUntil.AddDays(3).ToDateTime(new TimeOnly(9, 0)), Place = SummonsScenarios.Place, Purpose = SummonsScenarios.Purpose,
        };
        Assert.Equal(expected, (await app.RefusedWithoutChange<BusinessRuleException>(skkId, () => app.Send(reschedule, jpn))).Message);

        // What happened before the expiry is still recorded.
        await app.Send(attend, jpn);
        await app.Send(await app.Delivery(skkId, summonsId, validUntil.AddDays(-5)), jpn);
        var schedule = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(7)), jpn));
        Assert.Equal(expected, schedule.Message);
    }

    [Fact]
    public async Task An_expired_skk_takes_no_somasi()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var validUntil = app.Today.AddYears(1).AddDays(-1);
        await app.ThreeSummonsNotAttended(skkId);
        app.SetOfficeTime(validUntil.AddDays(2), 9);

        var refused = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            async () => await app.Send(SummonsScenarios.Somasi(skkId, app.Today), await app.As("jpn.hst1")));
        Assert.StartsWith("SKK sudah tidak berlaku sejak", refused.Message);
    }

    [Fact]
    public async Task A_closed_case_takes_no_summons_and_no_result()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);
        await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.TidakBerhasil,
            Reason = "Badan usaha telah bubar berdasarkan akta pembubaran.",
        }, jpn);
        app.SetOfficeTime(day, 10);

        const string expected = "Tindakan penanganan hanya dapat dicatat untuk perkara berstatus Ditangani; perkara ini berstatus Selesai.";
        Assert.Equal(expected, (await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), jpn))).Message);
        Assert.Equal(expected, (await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            async () => await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.NotAttended), jpn))).Message);
        Assert.Equal(expected, (await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            async () => await app.Send(await app.Delivery(skkId, summonsId, app.Today), await app.As("kasidatun.hst")))).Message);
        // The history stays readable.
        Assert.Single((await app.Send(new ListSummons(skkId), await app.As("bpjs.bjm"))).Summons);
    }

    [Fact]
    public async Task A_case_not_yet_handled_by_a_jpn_team_takes_no_summons()
    {
        await using var app = await TestApp.StartAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        var kasi = await app.As("kasidatun.hst");

        var handedOver = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), kasi));
        Assert.EndsWith("perkara ini berstatus Diserahkan.", handedOver.Message);

        await app.Send(new AcceptSkk(skkId, await app.VersionOf(skkId)), kasi);
        var accepted = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(3)), kasi));
        Assert.EndsWith("perkara ini berstatus Diterima.", accepted.Message);
    }
}
