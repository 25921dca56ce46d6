using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Agreements;
using KejaksaanDatun.Core.Reminders;
using KejaksaanDatun.Core.Tests.Features;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static KejaksaanDatun.Core.Tests.Features.Summons.SummonsScenarios;

namespace KejaksaanDatun.Core.Tests.Reminders;

/// <summary>Agreement expiry, the monthly report and the sweep over everything that the daily job and a rule edit run.</summary>
public class AgreementAndSweepReminderTests
{
    private static async Task<CreateAgreement> Pks(TestApp app) => new()
    {
        Kind = AgreementKind.Pks, Number = "B-4411/O.16.10/Gp.2/11/2026", BpjsNumber = "PKS/78/112026",
        BpjsOfficeId = await app.OfficeId("BPJS-PLK"), KejaksaanOfficeId = await app.OfficeId("KEJARI-PLK"),
        SignedOn = app.Today, ValidFrom = app.Today, ValidUntil = app.Today.AddYears(1).AddDays(-1),
        Scope = "Penanganan masalah hukum perdata di bidang jaminan sosial ketenagakerjaan.",
    };

    [Fact]
    public async Task A_new_pks_is_reminded_sixty_and_thirty_days_before_it_ends_and_its_renewal_takes_over()
    {
        await using var app = await TestApp.StartAsync();
        var admin = await app.As("admin");
        var pks = await Pks(app);
        var oldId = await app.Send(pks, admin);
        var end = pks.ValidUntil!.Value;

        var reminders = await app.RemindersOfAgreement(oldId);
        // Kejari Palangka Raya keeps WIB: 08:00 is 01:00 UTC.
        Assert.Equal([ReminderScenarios.Utc(end.AddDays(-60), 8, OfficeTimeZone.WIB), ReminderScenarios.Utc(end.AddDays(-30), 8, OfficeTimeZone.WIB)],
            reminders.Select(r => r.DueAt));
        var kejari = await app.OfficeId("KEJARI-PLK");
        Assert.All(reminders, r => Assert.Equal((ReminderState.Pending, kejari), (r.State, r.OfficeId)));
        Assert.StartsWith($"PKS {pks.Number} berakhir", reminders[0].Title);

        var old = await app.Send(new GetAgreement(oldId), admin);
        var renewal = RenewAgreement.Proposal(old);
        renewal.Number = "B-4412/O.16.10/Gp.2/11/2027";
        renewal.SignedOn = old.ValidUntil;
        var newId = await app.Send(renewal, admin);

        Assert.All(await app.RemindersOfAgreement(oldId),
            r => Assert.Equal((ReminderState.Cancelled, "Kerja sama sudah diperpanjang"), (r.State, r.CancelReason)));
        Assert.Equal([ReminderScenarios.Utc(renewal.ValidUntil!.Value.AddDays(-60), 8, OfficeTimeZone.WIB),
                ReminderScenarios.Utc(renewal.ValidUntil.Value.AddDays(-30), 8, OfficeTimeZone.WIB)],
            (await app.RemindersOfAgreement(newId)).Where(r => r.State == ReminderState.Pending).Select(r => r.DueAt));
    }

    [Fact]
    public async Task The_monthly_report_is_reminded_on_the_fifth_at_eight_local_time()
    {
        await using var app = await TestApp.StartAsync();
        var hst = await app.OfficeId("KEJARI-HST");
        await app.WithPlanner(p => p.PlanMonthlyReportsAsync());

        await using var db = app.NewDb();
        var pending = await db.Reminders.AsNoTracking()
            .Where(r => r.Kind == ReminderKind.MonthlyReportDue && r.OfficeId == hst && r.State == ReminderState.Pending).ToListAsync();
        var today = app.Today;
        var fifth = new DateOnly(today.Year, today.Month, 5);
        if (WitaToUtc(fifth, 8) <= app.Clock.Now.UtcDateTime) fifth = fifth.AddMonths(1);
        var next = Assert.Single(pending, r => r.DueAt > app.Clock.Now.UtcDateTime);
        Assert.Equal(WitaToUtc(fifth, 8), next.DueAt);
        var reported = fifth.AddMonths(-1);
        Assert.Equal($"office:{hst}:{reported:yyyy-MM}", next.Subject);
        Assert.Equal($"Laporan bulanan {IndonesianFormat.Month(reported)} jatuh tempo", next.Title);
        Assert.Equal($"/laporan-bulanan?bulan={reported:yyyy-MM}", next.Link);
    }

    [Fact]
    public async Task The_demo_cases_have_their_reminders_and_sweeping_again_changes_nothing()
    {
        await using var app = await TestApp.StartAsync();
        await app.WithPlanner(p => p.ReplanAllAsync());

        var again = await app.WithPlanner(p => p.ReplanAllAsync());

        Assert.Equal(new ReplanResult(0, 0), again);
        await using var db = app.NewDb();
        var handled = await db.Skks.Where(s => s.Status == SkkStatus.Ditangani).Select(s => s.Id).ToListAsync();
        Assert.NotEmpty(handled);
        Assert.All(handled, id => Assert.True(db.Reminders.Any(r => r.SkkId == id && r.State == ReminderState.Pending)));
        Assert.Equal(0, await db.Reminders.GroupBy(r => r.Key).CountAsync(g => g.Count() > 1));
    }

    [Fact]
    public async Task A_disabled_rule_has_its_pending_reminders_cancelled_by_the_sweep_and_planned_again_when_enabled()
    {
        await using var app = await TestApp.StartAsync();
        app.SetOfficeTime(app.Today.AddDays(1), 10);
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        await app.Send(Schedule(skkId, app.Today.AddDays(5)), await app.As("jpn.hst1"));
        var planned = await app.PendingOf(skkId, ReminderKind.SummonsDay);

        await app.SetRuleEnabled(ReminderKind.SummonsDay, false);
        var swept = await app.WithPlanner(p => p.ReplanAllAsync());

        Assert.True(swept.Cancelled >= 1);
        var cancelled = Assert.Single(await app.RemindersOf(skkId, ReminderKind.SummonsDay));
        Assert.Equal((ReminderState.Cancelled, "Aturan pengingat dinonaktifkan"), (cancelled.State, cancelled.CancelReason));
        Assert.Equal(ReminderState.Pending, (await app.PendingOf(skkId, ReminderKind.SummonsMissed)).State);

        await app.SetRuleEnabled(ReminderKind.SummonsDay, true);
        await app.WithPlanner(p => p.ReplanAllAsync());

        var back = Assert.Single(await app.RemindersOf(skkId, ReminderKind.SummonsDay));
        Assert.Equal((planned.Id, ReminderState.Pending, null), (back.Id, back.State, back.CancelReason));
    }

    [Fact]
    public async Task A_delivered_reminder_is_never_planned_again()
    {
        await using var app = await TestApp.StartAsync();
        app.SetOfficeTime(app.Today.AddDays(1), 10);
        var (skkId, _) = await app.CaseInHandsOfJpn("jpn.hst1");
        var idle = await app.PendingOf(skkId, ReminderKind.CaseIdle);
        await using (var db = app.NewDb())
        {
            await db.Reminders.Where(r => r.Id == idle.Id).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, ReminderState.Delivered).SetProperty(r => r.DeliveredAt, app.Clock.Now.UtcDateTime));
        }

        var result = await app.WithPlanner(p => p.ReplanCaseAsync(skkId));

        Assert.Equal(new ReplanResult(0, 0), result);
        Assert.Equal(ReminderState.Delivered, Assert.Single(await app.RemindersOf(skkId, ReminderKind.CaseIdle)).State);
    }
}
