using Hangfire;
using KejaksaanDatun.Core.Reminders;

namespace KejaksaanDatun.Web.Jobs;

/// <summary>
/// The recurring reminder jobs. Hangfire runs each call in a DI scope of its own. No automatic retry: the next run,
/// a minute later, picks up whatever a failed run left pending, and overlapping runs are safe because each reminder
/// is claimed in the database.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public sealed class ReminderJobs(ReminderDispatcher dispatcher, ReminderPlanner planner)
{
    public const string DispatchJobId = "pengingat";
    public const string SweepJobId = "pengingat-penjadwalan-ulang";

    public Task Dispatch(CancellationToken ct) => dispatcher.DispatchDueAsync(ct);

    /// <summary>
    /// Re-plans every open subject's reminders: daily, for what no event moved (a rule edited, a date passed), and
    /// right after an administrator edits a rule.
    /// </summary>
    public Task Sweep(CancellationToken ct) => planner.ReplanAllAsync(ct);
}

public static class ReminderJobsSetup
{
    /// <summary>
    /// Delivery every minute; the daily re-planning at 16:00 UTC, which is midnight WITA (23:00 WIB, 01:00 WIT), a
    /// quiet hour in every office; and one re-planning now, in the background, since a new release may bring new
    /// rules or planning.
    /// </summary>
    public static void ScheduleDatunReminders(this WebApplication app)
    {
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        jobs.AddOrUpdate<ReminderJobs>(ReminderJobs.DispatchJobId, j => j.Dispatch(CancellationToken.None), Cron.Minutely());
        jobs.AddOrUpdate<ReminderJobs>(ReminderJobs.SweepJobId, j => j.Sweep(CancellationToken.None), Cron.Daily(16));
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<ReminderJobs>(j => j.Sweep(CancellationToken.None));
    }
}
