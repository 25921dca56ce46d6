using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using KejaksaanDatun.Core.Reminders;
using KejaksaanDatun.Core.Tests.Features;
using KejaksaanDatun.Core.Tests.Features.Recovery;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Reminders.Delivery;

public class ReminderDispatcherTests
{
    [Fact]
    public async Task Due_reminders_reach_the_people_of_their_rule_once_and_the_rest_are_left_alone()
    {
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var now = app.Clock.Now;
        var summons = await app.AddReminderAsync(ReminderKind.SummonsDay, now.AddMinutes(-5), skkId);
        var installment = await app.AddReminderAsync(ReminderKind.InstallmentDue, now.AddHours(-1), skkId);
        var expiry = await app.AddReminderAsync(ReminderKind.SkkExpiry, now, skkId);
        var later = await app.AddReminderAsync(ReminderKind.SummonsMissed, now.AddHours(2), skkId);
        var cancelled = await app.AddReminderAsync(ReminderKind.CaseIdle, now.AddDays(-1), skkId, state: ReminderState.Cancelled);

        Assert.Equal(3, await app.Dispatcher().DispatchDueAsync());

        Assert.Equal(["jpn.hst1"], await app.NotifiedAsync(summons));
        Assert.Equal(["bpjs.bjm", "jpn.hst1"], await app.NotifiedAsync(installment));
        // SKK expiry H-30 is the first rule of its kind: JPN and the BPJS staff of the granting office.
        Assert.Equal(["bpjs.bjm", "jpn.hst1"], await app.NotifiedAsync(expiry));
        var delivered = await app.ReminderAsync(installment);
        Assert.Equal(ReminderState.Delivered, delivered.State);
        Assert.Equal(now.UtcDateTime, delivered.DeliveredAt);
        Assert.Equal(2, delivered.DeliveredTo!.Split(',').Length);
        Assert.Equal(ReminderState.Pending, (await app.ReminderAsync(later)).State);
        Assert.Empty(await app.NotifiedAsync(later));
        Assert.Equal(ReminderState.Cancelled, (await app.ReminderAsync(cancelled)).State);
        Assert.Empty(await app.NotifiedAsync(cancelled));

        Assert.Equal(0, await app.Dispatcher().DispatchDueAsync());
        await using var db = app.NewDb();
        Assert.Equal(5, await db.Notifications.CountAsync());
        var notification = await db.Notifications.FirstAsync(n => n.ReminderId == summons);
        Assert.Equal(($"/skk/{skkId}", "Pengingat SummonsDay", (DateTime?)null), (notification.Link, notification.Title, notification.ReadAt));
    }

    [Fact]
    public async Task A_reminder_is_delivered_when_the_clock_reaches_its_due_instant()
    {
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        // 08:00 WITA the next day is 00:00 UTC.
        var today = app.Today;
        var dueAt = new DateTimeOffset(today.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var reminder = await app.AddReminderAsync(ReminderKind.SummonsDay, dueAt, skkId);

        app.Clock.Now = dueAt.AddTicks(-1);
        Assert.Equal(0, await app.Dispatcher().DispatchDueAsync());
        Assert.Equal(ReminderState.Pending, (await app.ReminderAsync(reminder)).State);

        app.Clock.Now = dueAt;
        Assert.Equal(1, await app.Dispatcher().DispatchDueAsync());
        Assert.Equal(["jpn.hst1"], await app.NotifiedAsync(reminder));
        Assert.Equal(dueAt.UtcDateTime, (await app.ReminderAsync(reminder)).DeliveredAt);
    }

    [Fact]
    public async Task Leadership_reminders_reach_kasi_datun_and_kajari_and_agreement_reminders_the_bpjs_leadership()
    {
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        int agreementId;
        await using (var db = app.NewDb())
        {
            var hst = await app.OfficeId("KEJARI-HST");
            agreementId = await db.Agreements.Where(a => a.KejaksaanOfficeId == hst).Select(a => a.Id).FirstAsync();
        }
        var idle = await app.AddReminderAsync(ReminderKind.CaseIdle, app.Clock.Now, skkId);
        var agreement = await app.AddReminderAsync(ReminderKind.AgreementExpiry, app.Clock.Now, agreementId: agreementId);
        var report = await app.AddReminderAsync(ReminderKind.MonthlyReportDue, app.Clock.Now);

        Assert.Equal(3, await app.Dispatcher().DispatchDueAsync());

        Assert.Equal(["jpn.hst1", "kajari.hst", "kasidatun.hst"], await app.NotifiedAsync(idle));
        Assert.Equal(["kajari.hst", "kasidatun.hst", "pimpinan.bpjs.bjm"], await app.NotifiedAsync(agreement));
        Assert.Equal(["kajari.hst", "kasidatun.hst"], await app.NotifiedAsync(report));
    }

    [Fact]
    public async Task A_reminder_of_a_disabled_rule_is_cancelled_and_one_for_nobody_is_delivered_to_nobody()
    {
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var skkId = await app.HandedOverSkk("KEJARI-HST");
        await using (var db = app.NewDb())
        {
            await db.ReminderRules.Where(r => r.Kind == ReminderKind.CaseIdle).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsEnabled, false));
        }
        var disabled = await app.AddReminderAsync(ReminderKind.CaseIdle, app.Clock.Now, skkId);
        // No JPN team has been appointed yet.
        var noTeam = await app.AddReminderAsync(ReminderKind.SummonsDay, app.Clock.Now, skkId);

        Assert.Equal(1, await app.Dispatcher().DispatchDueAsync());

        var cancelled = await app.ReminderAsync(disabled);
        Assert.Equal((ReminderState.Cancelled, ReminderDispatcher.DisabledRuleReason), (cancelled.State, cancelled.CancelReason));
        Assert.Empty(await app.NotifiedAsync(disabled));
        var toNobody = await app.ReminderAsync(noTeam);
        Assert.Equal((ReminderState.Delivered, ""), (toNobody.State, toNobody.DeliveredTo));
        Assert.Empty(await app.NotifiedAsync(noTeam));
    }

    [Fact]
    public async Task A_broken_promise_reminder_puts_the_broken_promise_on_the_timeline_once()
    {
        await using var app = await ReminderRows.StartWithoutDemoRemindersAsync();
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var jpn = await app.As("jpn.hst1");
        await app.Send(await app.ThreeMonthlyInstallments(skkId), jpn);
        await app.Send(RecoveryScenarios.Record(skkId, app.Today, Money.FromRupiah(1_000_000)), await app.As("bpjs.bjm"));
        app.Clock.Now = app.Clock.Now.AddDays(2);
        var first = await app.AddReminderAsync(ReminderKind.BrokenPromise, app.Clock.Now.AddMinutes(-1), skkId);
        var repeated = await app.AddReminderAsync(ReminderKind.BrokenPromise, app.Clock.Now, skkId);

        // The two added here and the one the planner made for the first installment when the plan was agreed.
        Assert.Equal(3, await app.Dispatcher().DispatchDueAsync());

        Assert.Equal(["bpjs.bjm", "jpn.hst1", "kajari.hst", "kasidatun.hst"], await app.NotifiedAsync(first));
        Assert.Equal(4, (await app.NotifiedAsync(repeated)).Length);
        Assert.Equal(0, await app.Send(new MarkBrokenPromises(skkId), jpn));
        await using var db = app.NewDb();
        var broken = await db.CaseEvents.Where(e => e.SkkId == skkId && e.Kind == CaseEventKind.BrokenPromise).ToListAsync();
        var entry = Assert.Single(broken);
        Assert.Equal("Sistem", entry.ActorName);
        Assert.Contains("angsuran ke-1", entry.Description);
    }
}
