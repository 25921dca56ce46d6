using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Summons;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Features.Summons;

/// <summary>Undangan I, II and III without result, then the somasi.</summary>
public class SummonsJourneyTests
{
    [Fact]
    public async Task Three_summons_not_attended_lead_to_a_somasi()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        Assert.Null(await app.Send(new ProposeNextSummons(skkId), jpn));

        // Undangan I at 09.00 WITA three days from now; the employer does not come.
        var firstDay = app.Today.AddDays(3);
        var first = await app.Send(SummonsScenarios.Schedule(skkId, firstDay), jpn);
        Assert.Null(await app.Send(new ProposeNextSummons(skkId), jpn));
        app.SetOfficeTime(firstDay, 11);
        await app.Send(await app.Attendance(skkId, first, SummonsAttendance.NotAttended, "  Tidak ada yang datang; telepon tidak dijawab. "), jpn);

        // Undangan II is proposed a week later at the same hour and place; the JPN accepts it as is.
        var second = await app.Send(new ProposeNextSummons(skkId), jpn);
        Assert.NotNull(second);
        Assert.Equal(2, second.Sequence);
        Assert.Equal("Undangan II", second.Title);
        Assert.Equal(firstDay.AddDays(7).ToDateTime(new TimeOnly(9, 0)), second.ScheduledAtLocal);
        Assert.Equal(DateTimeKind.Unspecified, second.ScheduledAtLocal.Kind);
        Assert.Equal(SummonsScenarios.WitaToUtc(firstDay.AddDays(7), 9), second.ScheduledAt);
        Assert.Equal(SummonsScenarios.Place, second.Place);
        Assert.Equal(SummonsScenarios.Purpose, second.Purpose);
        var secondId = await app.Send(new ScheduleSummons
        {
            SkkId = skkId, ScheduledAtLocal = second.ScheduledAtLocal, Place = second.Place, Purpose = second.Purpose,
        }, jpn);
        app.SetOfficeTime(firstDay.AddDays(7), 10);
        await app.Send(await app.Attendance(skkId, secondId, SummonsAttendance.NotAttended), jpn);

        // Undangan III.
        var third = await app.Send(new ProposeNextSummons(skkId), jpn);
        Assert.Equal(3, third!.Sequence);
        Assert.Equal("Undangan III", third.Title);
        Assert.Equal(firstDay.AddDays(14).ToDateTime(new TimeOnly(9, 0)), third.ScheduledAtLocal);
        var thirdId = await app.Send(new ScheduleSummons
        {
            SkkId = skkId, ScheduledAtLocal = third.ScheduledAtLocal, Place = third.Place, Purpose = third.Purpose,
        }, jpn);

        // Before the third no-show, a somasi is refused.
        var early = await app.RefusedWithoutChange<BusinessRuleException>(skkId, () => app.Send(SummonsScenarios.Somasi(skkId, app.Today), jpn));
        Assert.Equal("Somasi dapat dicatat setelah tiga kali panggilan tanpa hasil.", early.Message);

        app.SetOfficeTime(firstDay.AddDays(14), 12);
        await app.Send(await app.Attendance(skkId, thirdId, SummonsAttendance.NotAttended), jpn);
        Assert.Null(await app.Send(new ProposeNextSummons(skkId), jpn));
        var fourth = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            () => app.Send(SummonsScenarios.Schedule(skkId, app.Today.AddDays(7)), jpn));
        Assert.Equal("Undangan sudah tiga kali; undangan berikutnya tidak dapat dijadwalkan. Catat somasi atau selesaikan perkara.", fourth.Message);

        // The somasi, issued the next day with fourteen days to answer.
        app.SetOfficeTime(firstDay.AddDays(15), 9);
        var issuedOn = app.Today;
        var somasiId = await app.Send(SummonsScenarios.Somasi(skkId, issuedOn, 14), jpn);

        var history = await app.Send(new ListSummons(skkId), await app.As("bpjs.bjm"));
        Assert.Equal([1, 2, 3], history.Summons.Select(s => s.Sequence));
        Assert.Equal(["Undangan I", "Undangan II", "Undangan III"], history.Summons.Select(s => s.Title));
        Assert.All(history.Summons, s => Assert.Equal("Tidak hadir", s.AttendanceLabel));
        Assert.Equal("Tidak ada yang datang; telepon tidak dijawab.", history.Summons[0].AttendanceNote);
        Assert.Null(history.Summons[1].AttendanceNote);
        Assert.NotNull(history.Somasi);
        Assert.Equal(somasiId, history.Somasi.Id);
        Assert.Equal(issuedOn, history.Somasi.IssuedOn);
        Assert.Equal(14, history.Somasi.DeadlineDays);
        Assert.Equal(issuedOn.AddDays(14), history.Somasi.Deadline);
        Assert.Equal("Disampaikan langsung kepada direktur.", history.Somasi.Notes);

        await using var db = app.NewDb();
        var timeline = await db.CaseEvents.Where(e => e.SkkId == skkId).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(3, timeline.Count(e => e.Kind == CaseEventKind.SummonsScheduled));
        var attendance = timeline.Where(e => e.Kind == CaseEventKind.SummonsAttendance).Select(e => e.Description).ToList();
        Assert.Equal(3, attendance.Count);
        Assert.StartsWith("Badan usaha tidak hadir pada Undangan I (", attendance[0]);
        Assert.EndsWith("Catatan: Tidak ada yang datang; telepon tidak dijawab.", attendance[0]);
        Assert.StartsWith("Badan usaha tidak hadir pada Undangan III (", attendance[2]);
        var somasi = Assert.Single(timeline, e => e.Kind == CaseEventKind.SomasiIssued);
        Assert.Equal($"Somasi disampaikan pada {IndonesianFormat.Date(issuedOn)} dengan tenggat 14 hari " +
            $"(sampai {IndonesianFormat.Date(issuedOn.AddDays(14))}). Catatan: Disampaikan langsung kepada direktur.", somasi.Description);
        Assert.Equal(jpn.UserId, somasi.ActorId);
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityType == "Somasi").ToListAsync(),
            a => a.Action == "RecordSomasi" && a.EntityKey == somasiId.ToString() && a.UserId == jpn.UserId);
    }

    [Fact]
    public async Task The_proposal_moves_on_by_whole_weeks_when_its_day_has_passed()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var firstDay = app.Today.AddDays(2);
        var first = await app.Send(SummonsScenarios.Schedule(skkId, firstDay, 10, 30), jpn);

        // The result is recorded ten days late: a week after Undangan I has passed, so two weeks after it.
        app.SetOfficeTime(firstDay.AddDays(10), 8);
        await app.Send(await app.Attendance(skkId, first, SummonsAttendance.NotAttended), jpn);

        var proposal = await app.Send(new ProposeNextSummons(skkId), jpn);
        Assert.Equal(firstDay.AddDays(14).ToDateTime(new TimeOnly(10, 30)), proposal!.ScheduledAtLocal);
        Assert.Equal(SummonsScenarios.WitaToUtc(firstDay.AddDays(14), 10, 30), proposal.ScheduledAt);
    }

    [Fact]
    public async Task A_result_recorded_a_week_later_still_proposes_that_day()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(2);
        var first = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);
        app.SetOfficeTime(day.AddDays(7), 7);
        await app.Send(await app.Attendance(skkId, first, SummonsAttendance.NotAttended), jpn);

        var proposal = await app.Send(new ProposeNextSummons(skkId), jpn);
        Assert.Equal(day.AddDays(7).ToDateTime(new TimeOnly(9, 0)), proposal!.ScheduledAtLocal);
        Assert.Equal(2, proposal.Sequence);
    }

    [Fact]
    public async Task Attendance_is_recorded_from_the_day_of_the_summons_on_and_only_once()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(3);
        var summonsId = await app.Send(SummonsScenarios.Schedule(skkId, day, 9), jpn);

        app.SetOfficeTime(day.AddDays(-1), 16);
        var early = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            async () => await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.Attended), jpn));
        Assert.Equal($"Kehadiran baru dapat dicatat mulai hari Undangan I, {IndonesianFormat.Date(day)}.", early.Message);

        var noResult = await app.RefusedWithoutChange<RequestValidationException>(skkId,
            async () => await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.Pending), jpn));
        Assert.Equal("Pilih hasil undangan: hadir atau tidak hadir.", noResult.Message);

        app.SetOfficeTime(day, 10);
        var version = await app.SummonsVersion(summonsId);
        await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.Attended, "Hadir: H. Abdul Gani, direktur."), jpn);
        var row = Assert.Single((await app.Send(new ListSummons(skkId), jpn)).Summons);
        Assert.Equal(SummonsAttendance.Attended, row.Attendance);
        Assert.Equal("Hadir", row.AttendanceLabel);
        Assert.Equal("Hadir: H. Abdul Gani, direktur.", row.AttendanceNote);
        Assert.Equal(version + 1, row.Version);

        var twice = await app.RefusedWithoutChange<BusinessRuleException>(skkId,
            async () => await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.NotAttended), jpn));
        Assert.Equal("Kehadiran pada Undangan I sudah dicatat (Hadir).", twice.Message);

        await using var db = app.NewDb();
        var attended = Assert.Single(await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.SummonsAttendance).ToListAsync());
        Assert.StartsWith("Badan usaha hadir pada Undangan I (", attended.Description);
        Assert.Contains("pukul 09.00 WITA", attended.Description);
    }

    [Fact]
    public async Task A_somasi_is_refused_twice_in_the_future_or_with_a_deadline_out_of_range()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await app.ThreeSummonsNotAttended(skkId);

        var future = await app.RefusedWithoutChange<RequestValidationException>(skkId,
            () => app.Send(SummonsScenarios.Somasi(skkId, app.Today.AddDays(1)), jpn));
        Assert.Equal("Tanggal somasi tidak boleh di masa depan.", future.Message);
        foreach (var days in new[] { 0, 91 })
        {
            var range = await app.RefusedWithoutChange<RequestValidationException>(skkId,
                () => app.Send(SummonsScenarios.Somasi(skkId, app.Today, days), jpn));
            Assert.Equal("Tenggat somasi antara 1 dan 90 hari.", range.Message);
        }
        var noDate = SummonsScenarios.Somasi(skkId, app.Today);
        noDate.IssuedOn = null;
        Assert.Equal("Tanggal somasi wajib diisi.",
            (await app.RefusedWithoutChange<RequestValidationException>(skkId, () => app.Send(noDate, jpn))).Message);

        await app.Send(SummonsScenarios.Somasi(skkId, app.Today, 90), jpn);
        var twice = await app.RefusedWithoutChange<BusinessRuleException>(skkId, () => app.Send(SummonsScenarios.Somasi(skkId, app.Today), jpn));
        Assert.Equal("Somasi untuk perkara ini sudah dicatat.", twice.Message);
    }

    [Fact]
    public async Task A_somasi_dated_before_undangan_iii_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        var started = app.Today;
        await app.ThreeSummonsNotAttended(skkId);
        var thirdDay = app.Today;
        app.SetOfficeTime(thirdDay.AddDays(2), 9);

        // The somasi follows the three summons: a date before the day of Undangan III is a typing error.
        foreach (var issuedOn in new[] { started, thirdDay.AddDays(-1) })
        {
            var refused = await app.RefusedWithoutChange<RequestValidationException>(skkId,
                () => app.Send(SummonsScenarios.Somasi(skkId, issuedOn), jpn));
            var error = Assert.Single(refused.Errors);
            Assert.Equal("IssuedOn", error.Field);
            Assert.Equal($"Tanggal somasi tidak boleh sebelum Undangan III, {IndonesianFormat.Date(thirdDay)}.", error.Message);
        }

        // On the day of Undangan III itself it is accepted.
        await app.Send(SummonsScenarios.Somasi(skkId, thirdDay), jpn);
        Assert.Equal(thirdDay, (await app.Send(new ListSummons(skkId), jpn)).Somasi!.IssuedOn);
    }

    [Fact]
    public async Task A_somasi_after_two_unanswered_summons_and_one_attended_is_refused()
    {
        await using var app = await TestApp.StartAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await app.SummonsNotAttended(skkId);
        await app.SummonsNotAttended(skkId);
        var day = app.Today.AddDays(3);
        var third = await app.Send(SummonsScenarios.Schedule(skkId, day), jpn);
        app.SetOfficeTime(day, 10);
        await app.Send(await app.Attendance(skkId, third, SummonsAttendance.Attended), jpn);

        var refused = await app.RefusedWithoutChange<BusinessRuleException>(skkId, () => app.Send(SummonsScenarios.Somasi(skkId, app.Today), jpn));
        Assert.Equal("Somasi dapat dicatat setelah tiga kali panggilan tanpa hasil.", refused.Message);
    }
}
