namespace KejaksaanDatun.Core.Reminders;

/// <summary>
/// The daily re-planning of every open subject's reminders, run by the daily job after the per-event planning of the
/// day, so that anything an event missed (a rule edited, a date that passed) is put right.
/// </summary>
public interface IReminderSweep
{
    Task SweepAsync(CancellationToken ct);
}
