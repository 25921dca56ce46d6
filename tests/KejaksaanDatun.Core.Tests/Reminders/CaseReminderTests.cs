using KejaksaanDatun.Core.Behaviors;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Tests.Features;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Features.Skk;
using KejaksaanDatun.Core.Tests.Features.Summons;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Features.Skk;
using KejaksaanDatun.Core.Features.Summons;
using KejaksaanDatun.Core.Tests.Infrastructure;
using KejaksaanDatun.Core.Tests.Reminders.Delivery;
using Microsoft.EntityFrameworkCore;
using static KejaksaanDatun.Core.Tests.Features.Summons.SummonsScenarios;

namespace KejaksaanDatun.Core.Tests.Reminders;

/// <summary>Reminders of a case (KEJARI-HST, WITA) planned by the commands on it, with the clock moved by hand.</summary>
public class CaseReminderTests
{
    private static readonly Money Installment = Money.FromRupiah(6_834_000);

    /// <summary>A handled case, created at 10:00 WITA on a known day so that hours are predictable.</summary>
    private static async Task<(TestApp App, int SkkId)> HandledCase()
    {
        var app = await TestApp.StartAsync();
        app.SetOfficeTime(app.Today.AddDays(1), 10);
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        return (app, skkId);
    }

    [Fact]
    public async Task A_scheduled_summons_is_reminded_the_day_before_and_prompted_the_day_after_at_eight_wita()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var day = app.Today.AddDays(5);
        await app.Send(Schedule(skkId, day), await app.As("jpn.hst1"));

        var dayBefore = await app.PendingOf(skkId, ReminderKind.SummonsDay);
        Assert.Equal(WitaToUtc(day.AddDays(-1), 8), dayBefore.DueAt);
        Assert.Equal(await app.OfficeId("KEJARI-HST"), dayBefore.OfficeId);
        Assert.Equal($"/skk/{skkId}", dayBefore.Link);
        Assert.StartsWith($"Besok Undangan I {await app.EmployerNameOf(skkId)} pukul 09.00 WITA di {Place}", dayBefore.Message);

        var missed = await app.PendingOf(skkId, ReminderKind.SummonsMissed);
        Assert.Equal(WitaToUtc(day.AddDays(1), 8), missed.DueAt);
        Assert.Contains("Kehadiran pada Undangan I", missed.Message);
        Assert.Contains("catat hasilnya dan jadwalkan undangan berikutnya", missed.Message);
        Assert.Equal(dayBefore.Subject, missed.Subject);
    }

    [Fact]
    public async Task Moving_a_summons_moves_its_reminders_and_recording_attendance_cancels_the_prompt()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var jpn = await app.As("jpn.hst1");
        var day = app.Today.AddDays(5);
        var summonsId = await app.Send(Schedule(skkId, day), jpn);
        var moved = day.AddDays(2);

        await app.Send(new RescheduleSummons
        {
            SkkId = skkId, SummonsId = summonsId, Version = await app.SummonsVersion(summonsId),
            ScheduledAtLocal = moved.ToDateTime(new TimeOnly(13, 30)), Place = "Aula Kejari HST", Purpose = Purpose,
        }, jpn);

        var reminders = await app.RemindersOf(skkId, ReminderKind.SummonsDay);
        Assert.Equal(2, reminders.Count);
        Assert.Equal((ReminderState.Cancelled, "Jadwal undangan diubah"), (reminders[0].State, reminders[0].CancelReason));
        Assert.Equal(WitaToUtc(day.AddDays(-1), 8), reminders[0].DueAt);
        Assert.Equal(ReminderState.Pending, reminders[1].State);
        Assert.Equal(WitaToUtc(moved.AddDays(-1), 8), reminders[1].DueAt);
        Assert.Contains("pukul 13.30 WITA di Aula Kejari HST", reminders[1].Message);
        Assert.Equal(WitaToUtc(moved.AddDays(1), 8), (await app.PendingOf(skkId, ReminderKind.SummonsMissed)).DueAt);

        app.SetOfficeTime(moved, 15);
        await app.Send(await app.Attendance(skkId, summonsId, SummonsAttendance.NotAttended), jpn);

        var missed = (await app.RemindersOf(skkId, ReminderKind.SummonsMissed)).Last();
        Assert.Equal((ReminderState.Cancelled, "Kehadiran pada undangan sudah dicatat"), (missed.State, missed.CancelReason));
        Assert.Equal(app.Clock.Now.UtcDateTime, missed.CancelledAt);
    }

    [Fact]
    public async Task A_reminder_whose_time_has_passed_is_not_planned()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        await app.Send(Schedule(skkId, app.Today, hour: 15), await app.As("jpn.hst1"));

        Assert.Empty(await app.RemindersOf(skkId, ReminderKind.SummonsDay));
        Assert.Equal(WitaToUtc(app.Today.AddDays(1), 8), (await app.PendingOf(skkId, ReminderKind.SummonsMissed)).DueAt);
    }

    [Fact]
    public async Task Installments_are_reminded_three_days_before_and_flagged_the_day_after_until_a_confirmed_payment_covers_them()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var first = app.Today.AddDays(10);
        await app.Send(await app.Plan(skkId, app.Today, (first, Installment), (first.AddMonths(1), Installment), (first.AddMonths(2), Installment)),
            await app.As("jpn.hst1"));

        var due = (await app.RemindersOf(skkId, ReminderKind.InstallmentDue)).OrderBy(r => r.DueAt).ToList();
        Assert.Equal([WitaToUtc(first.AddDays(-3), 8), WitaToUtc(first.AddMonths(1).AddDays(-3), 8), WitaToUtc(first.AddMonths(2).AddDays(-3), 8)],
            due.Select(r => r.DueAt));
        Assert.Contains("angsuran ke-1", due[0].Message);
        Assert.Contains("Rp6.834.000", due[0].Message);
        var broken = (await app.RemindersOf(skkId, ReminderKind.BrokenPromise)).OrderBy(r => r.DueAt).ToList();
        Assert.Equal(WitaToUtc(first.AddDays(1), 8), broken[0].DueAt);
        Assert.Equal("Ingkar janji: angsuran ke-1 " + await app.EmployerNameOf(skkId), broken[0].Title);

        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Installment), await app.As("bpjs.bjm"));

        var after = (await app.RemindersOf(skkId, ReminderKind.InstallmentDue)).Concat(await app.RemindersOf(skkId, ReminderKind.BrokenPromise)).ToList();
        Assert.All(after.Where(r => r.Subject == due[0].Subject),
            r => Assert.Equal((ReminderState.Cancelled, "Angsuran sudah dibayar"), (r.State, r.CancelReason)));
        Assert.Equal(4, after.Count(r => r.State == ReminderState.Pending));
        Assert.Equal(6, after.Count);
    }

    [Fact]
    public async Task Skk_expiry_is_reminded_thirty_and_seven_days_before_and_moves_when_the_skk_is_extended()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var validUntil = await app.ValidUntilOf(skkId);

        var expiry = await app.RemindersOf(skkId, ReminderKind.SkkExpiry);
        Assert.Equal([WitaToUtc(validUntil.AddDays(-30), 8), WitaToUtc(validUntil.AddDays(-7), 8)], expiry.Select(r => r.DueAt).Order());
        Assert.Contains($"berakhir 30 hari lagi, {IndonesianFormat.Date(validUntil)}", expiry.Single(r => r.DueAt == WitaToUtc(validUntil.AddDays(-30), 8)).Message);

        var extension = await app.Extension(skkId);
        extension.ValidUntil = validUntil.AddMonths(6);
        await app.Send(extension, await app.As("bpjs.bjm"));

        var after = await app.RemindersOf(skkId, ReminderKind.SkkExpiry);
        Assert.All(after.Take(2), r => Assert.Equal((ReminderState.Cancelled, "Masa berlaku SKK diubah"), (r.State, r.CancelReason)));
        Assert.Equal([WitaToUtc(validUntil.AddMonths(6).AddDays(-30), 8), WitaToUtc(validUntil.AddMonths(6).AddDays(-7), 8)],
            after.Where(r => r.State == ReminderState.Pending).Select(r => r.DueAt).Order());
    }

    [Fact]
    public async Task An_idle_case_is_reminded_thirty_days_after_its_last_step_and_every_step_starts_the_count_again()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var idle = await app.PendingOf(skkId, ReminderKind.CaseIdle);
        Assert.Equal(WitaToUtc(app.Today.AddDays(30), 8), idle.DueAt);

        app.SetOfficeTime(app.Today.AddDays(12), 9);
        await app.Send(new AddCaseNote { SkkId = skkId, Text = "Badan usaha meminta waktu." }, await app.As("jpn.hst1"));

        var reminders = await app.RemindersOf(skkId, ReminderKind.CaseIdle);
        Assert.Equal((ReminderState.Cancelled, "Ada kegiatan baru pada perkara"), (reminders[0].State, reminders[0].CancelReason));
        Assert.Equal(WitaToUtc(app.Today.AddDays(30), 8), (await app.PendingOf(skkId, ReminderKind.CaseIdle)).DueAt);
        Assert.Contains(IndonesianFormat.Date(app.Today), reminders[1].Message);
    }

    [Fact]
    public async Task A_case_already_idle_when_its_reminders_are_first_planned_is_reminded_the_next_working_morning_and_only_once()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        // The case goes idle while the idle rule is off, as a case taken over from before the reminders existed.
        var since = app.Today;
        await app.SetRuleEnabled(ReminderKind.CaseIdle, false);
        await app.WithPlanner(p => p.ReplanAllAsync());
        app.SetOfficeTime(since.AddDays(40), 20);
        await app.SetRuleEnabled(ReminderKind.CaseIdle, true);

        await app.WithPlanner(p => p.ReplanAllAsync());

        var late = await app.PendingOf(skkId, ReminderKind.CaseIdle);
        Assert.Equal(WitaToUtc(since.AddDays(41), 8), late.DueAt);
        Assert.EndsWith(WitaToUtc(since.AddDays(30), 8).ToString("yyyyMMddHHmm"), late.Key);
        Assert.Contains(IndonesianFormat.Date(since), late.Message);

        app.SetOfficeTime(since.AddDays(41), 8);
        await app.Dispatcher().DispatchDueAsync();
        Assert.Contains("jpn.hst1", await app.NotifiedAsync(late.Id));

        // Still idle the next day, but the reminder has been given: planning again brings no second one.
        app.SetOfficeTime(since.AddDays(42), 8);
        await app.WithPlanner(p => p.ReplanAllAsync());
        Assert.Equal([ReminderState.Delivered], (await app.RemindersOf(skkId, ReminderKind.CaseIdle)).Select(r => r.State));
    }

    [Fact]
    public async Task A_warning_whose_day_passed_before_it_was_planned_is_not_sent_late()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var validUntil = await app.ValidUntilOf(skkId);
        await app.SetRuleEnabled(ReminderKind.SkkExpiry, false);
        await app.WithPlanner(p => p.ReplanAllAsync());
        app.SetOfficeTime(validUntil.AddDays(-20), 9);
        await app.SetRuleEnabled(ReminderKind.SkkExpiry, true);

        await app.WithPlanner(p => p.ReplanAllAsync());

        var pending = (await app.RemindersOf(skkId, ReminderKind.SkkExpiry)).Where(r => r.State == ReminderState.Pending);
        Assert.Equal([WitaToUtc(validUntil.AddDays(-7), 8)], pending.Select(r => r.DueAt));
    }

    [Fact]
    public async Task Closing_a_case_cancels_all_its_pending_reminders()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var jpn = await app.As("jpn.hst1");
        await app.Send(Schedule(skkId, app.Today.AddDays(5)), jpn);
        Assert.True((await AllOf(app, skkId)).Count(r => r.State == ReminderState.Pending) >= 5);

        await app.Send(new CloseCase
        {
            SkkId = skkId, Version = await app.VersionOf(skkId), Outcome = CaseOutcome.TidakBerhasil, Reason = "Badan usaha telah bubar.",
        }, jpn);

        Assert.All(await AllOf(app, skkId), r => Assert.Equal((ReminderState.Cancelled, "Perkara selesai"), (r.State, r.CancelReason)));
    }

    [Fact]
    public async Task Withdrawing_a_case_cancels_all_its_pending_reminders()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        await app.Send(Schedule(skkId, app.Today.AddDays(5)), await app.As("jpn.hst1"));

        await app.Send(new WithdrawSkk { SkkId = skkId, Version = await app.VersionOf(skkId), Reason = "Badan usaha melunasi langsung ke BPJS." },
            await app.As("bpjs.bjm"));

        var all = await AllOf(app, skkId);
        Assert.NotEmpty(all);
        Assert.All(all, r => Assert.Equal((ReminderState.Cancelled, "SKK dicabut"), (r.State, r.CancelReason)));
    }

    [Fact]
    public async Task A_refused_command_leaves_the_reminders_as_they_were()
    {
        var (app, skkId) = await HandledCase();
        await using var _ = app;
        var jpn = await app.As("jpn.hst1");
        var summonsId = await app.Send(Schedule(skkId, app.Today.AddDays(5)), jpn);
        var before = await AllOf(app, skkId);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => app.Send(new RescheduleSummons
        {
            SkkId = skkId, SummonsId = summonsId, Version = 99, ScheduledAtLocal = app.Today.AddDays(9).ToDateTime(new TimeOnly(9, 0)),
            Place = Place, Purpose = Purpose,
        }, jpn));

        Assert.Equal(before.Select(Describe), (await AllOf(app, skkId)).Select(Describe));
    }

    [Theory]
    [InlineData(OfficeTimeZone.WIB, 1, 0)]
    [InlineData(OfficeTimeZone.WITA, 0, 0)]
    [InlineData(OfficeTimeZone.WIT, 23, -1)]
    public async Task The_same_rule_is_due_at_eight_in_the_office_own_time_zone(OfficeTimeZone zone, int utcHour, int utcDayShift)
    {
        await using var app = await TestApp.StartAsync();
        await app.SetTimeZone("KEJARI-HST", zone);
        app.SetOfficeTime(app.Today.AddDays(1), 12);
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var validUntil = await app.ValidUntilOf(skkId);

        var first = (await app.RemindersOf(skkId, ReminderKind.SkkExpiry)).MinBy(r => r.DueAt)!;

        var expectedDay = validUntil.AddDays(-30 + utcDayShift);
        Assert.Equal(DateTime.SpecifyKind(expectedDay.ToDateTime(new TimeOnly(utcHour, 0)), DateTimeKind.Utc), first.DueAt);
    }

    private static async Task<List<Reminder>> AllOf(TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        return await db.Reminders.AsNoTracking().Where(r => r.SkkId == skkId).OrderBy(r => r.Id).ToListAsync();
    }

    private static string Describe(Reminder r) => $"{r.Key}|{r.State}|{r.CancelReason}|{r.Message}";
}
