using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Letters;
using KejaksaanDatun.Core.Features.MonthlyReports;
using KejaksaanDatun.Core.Reminders;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KejaksaanDatun.Core.Tests.Reminders;

public sealed class MonthlyReportReminderTests
{
    private static async Task<List<Reminder>> MonthlyRemindersOf(TestApp app, int officeId)
    {
        await using var db = app.NewDb();
        return await db.Reminders.AsNoTracking().Where(r => r.Kind == ReminderKind.MonthlyReportDue && r.OfficeId == officeId)
            .OrderBy(r => r.DueAt).ToListAsync();
    }

    [Fact]
    public async Task Issuing_a_months_report_cancels_its_reminder_and_voiding_it_before_the_day_brings_the_reminder_back()
    {
        await using var app = await TestApp.StartAsync();
        app.Clock.Now = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero); // 2 December 2026, 08.00 WITA
        var hst = await app.OfficeId("KEJARI-HST");
        await app.WithPlanner(p => p.PlanMonthlyReportsAsync());
        var november = Assert.Single(await MonthlyRemindersOf(app, hst), r => r.Subject == $"office:{hst}:2026-11");
        Assert.Equal((ReminderState.Pending, "/laporan-bulanan?bulan=2026-11"), (november.State, november.Link));
        var kasi = await app.As("kasidatun.hst");

        var issued = await app.Send(new IssueMonthlyReport(null, 2026, 11), kasi);

        var reminders = await MonthlyRemindersOf(app, hst);
        var cancelled = Assert.Single(reminders, r => r.Subject == $"office:{hst}:2026-11");
        Assert.Equal((ReminderState.Cancelled, "Laporan bulanan sudah diterbitkan"), (cancelled.State, cancelled.CancelReason));
        Assert.Equal(ReminderState.Pending, Assert.Single(reminders, r => r.Subject == $"office:{hst}:2026-12").State);
        Assert.Equal(new ReplanResult(0, 0), await app.WithPlanner(p => p.PlanMonthlyReportsAsync()));

        await app.Send(new VoidLetter { LetterId = issued.LetterId, Reason = "Rincian per JPN keliru." }, kasi);

        var back = Assert.Single(await MonthlyRemindersOf(app, hst), r => r.Subject == $"office:{hst}:2026-11");
        Assert.Equal((ReminderState.Pending, ReminderScenarios.Utc(new DateOnly(2026, 12, 5), 8, OfficeTimeZone.WITA)), (back.State, back.DueAt));
    }
}
