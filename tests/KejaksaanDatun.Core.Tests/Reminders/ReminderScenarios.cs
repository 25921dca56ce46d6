using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Reminders;
using KejaksaanDatun.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KejaksaanDatun.Core.Tests.Reminders;

/// <summary>Look-ups of reminder rows and direct calls of the planner, as a job would make them.</summary>
public static class ReminderScenarios
{
    public static async Task<List<Reminder>> RemindersOf(this TestApp app, int skkId, ReminderKind kind)
    {
        await using var db = app.NewDb();
        return await db.Reminders.AsNoTracking().Where(r => r.SkkId == skkId && r.Kind == kind).OrderBy(r => r.Id).ToListAsync();
    }

    public static async Task<List<Reminder>> RemindersOfAgreement(this TestApp app, int agreementId)
    {
        await using var db = app.NewDb();
        return await db.Reminders.AsNoTracking().Where(r => r.AgreementId == agreementId).OrderBy(r => r.DueAt).ToListAsync();
    }

    public static async Task<Reminder> PendingOf(this TestApp app, int skkId, ReminderKind kind) =>
        Assert.Single(await app.RemindersOf(skkId, kind), r => r.State == ReminderState.Pending);

    public static async Task<T> WithPlanner<T>(this TestApp app, Func<ReminderPlanner, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ReminderPlanner>());
    }

    public static async Task<string> EmployerNameOf(this TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        return await db.Skks.Where(s => s.Id == skkId).Select(s => s.Employer!.Name).SingleAsync();
    }

    public static async Task<DateOnly> ValidUntilOf(this TestApp app, int skkId)
    {
        await using var db = app.NewDb();
        return await db.Skks.Where(s => s.Id == skkId).Select(s => s.ValidUntil).SingleAsync();
    }

    public static async Task SetTimeZone(this TestApp app, string officeCode, OfficeTimeZone zone)
    {
        await using var db = app.NewDb();
        await db.Offices.Where(o => o.Code == officeCode).ExecuteUpdateAsync(s => s.SetProperty(o => o.TimeZone, zone));
    }

    public static async Task SetRuleEnabled(this TestApp app, ReminderKind kind, bool enabled)
    {
        await using var db = app.NewDb();
        await db.ReminderRules.Where(r => r.Kind == kind).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsEnabled, enabled));
    }

    /// <summary>The UTC instant of a local time in a zone.</summary>
    public static DateTime Utc(DateOnly day, int hour, OfficeTimeZone zone) =>
        DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, 0)).AddHours(-(int)zone), DateTimeKind.Utc);
}
