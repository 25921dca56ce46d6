using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Reminders;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Reminders.Delivery;

/// <summary>Reminder rows put straight into the database, as the planner would leave them, and the people they reach.</summary>
public static class ReminderRows
{
    public static async Task<long> AddReminderAsync(this TestApp app, ReminderKind kind, DateTimeOffset dueAt, int? skkId = null,
        int? agreementId = null, string officeCode = "KEJARI-HST", ReminderState state = ReminderState.Pending)
    {
        await using var db = app.NewDb();
        var rule = await db.ReminderRules.Where(r => r.Kind == kind).OrderBy(r => r.OffsetDays).FirstAsync();
        var subject = skkId is not null ? $"skk:{skkId}" : agreementId is not null ? $"agreement:{agreementId}" : "office";
        var reminder = new Reminder
        {
            RuleId = rule.Id, Kind = kind, Subject = subject, SkkId = skkId, AgreementId = agreementId,
            OfficeId = await app.OfficeId(officeCode), DueAt = dueAt.UtcDateTime,
            Key = $"{rule.Id}|{subject}|{dueAt.UtcTicks}|{Guid.NewGuid():N}",
            Title = $"Pengingat {kind}", Message = $"Pesan pengingat {kind}.",
            Link = skkId is not null ? $"/skk/{skkId}" : "/", State = state, CreatedAt = app.Clock.Now.UtcDateTime,
        };
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
        return reminder.Id;
    }

    /// <summary>
    /// The test app without the reminders its demo data calls for (idle cases, missed summonses, monthly reports; the
    /// late ones fall due at an hour that depends on when the test runs), so that what a dispatch pass delivers is the
    /// test's own.
    /// </summary>
    public static async Task<TestApp> StartWithoutDemoRemindersAsync()
    {
        var app = await TestApp.StartAsync();
        await using var db = app.NewDb();
        await db.Notifications.ExecuteDeleteAsync();
        await db.Reminders.ExecuteDeleteAsync();
        return app;
    }

    public static ReminderDispatcher Dispatcher(this TestApp app) => app.Services.GetRequiredService<ReminderDispatcher>();

    /// <summary>The user names a reminder's notifications went to, sorted.</summary>
    public static async Task<string[]> NotifiedAsync(this TestApp app, long reminderId)
    {
        await using var db = app.NewDb();
        return await db.Notifications.Where(n => n.ReminderId == reminderId)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName!)
            .OrderBy(name => name).ToArrayAsync();
    }

    public static async Task<Reminder> ReminderAsync(this TestApp app, long id)
    {
        await using var db = app.NewDb();
        return await db.Reminders.AsNoTracking().SingleAsync(r => r.Id == id);
    }
}
