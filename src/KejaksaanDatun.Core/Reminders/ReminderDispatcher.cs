using KejaksaanDatun.Core.Data;
using KejaksaanDatun.Core.Domain;
using KejaksaanDatun.Core.Features.Recovery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KejaksaanDatun.Core.Reminders;

/// <summary>
/// Delivers the reminders that are due: one notification per recipient, then the e-mail copies. Run every minute by
/// Hangfire, and safe to run on several servers at once: each reminder is claimed by a conditional update
/// (<c>Pending</c> → <c>Delivered</c>) that only one dispatcher can win, in the same transaction as its notifications.
/// <para>
/// A reminder of a disabled rule is claimed as <c>Cancelled</c> ("aturan dinonaktifkan"), so that re-enabling the
/// rule does not flood users with old reminders. A reminder whose recipients resolve to nobody (e.g. a case without
/// an active team) is <c>Delivered</c> with an empty <see cref="Reminder.DeliveredTo"/>: it fell due and went out to
/// the people there were.
/// </para>
/// </summary>
public sealed class ReminderDispatcher(
    IDbContextFactory<DatunDbContext> contexts, OfficeClock clock, ReminderEmails emails, ILogger<ReminderDispatcher> logger)
{
    /// <summary>Reminders per transaction: one commit per reminder would cost one disk flush each on SQLite.</summary>
    internal const int BatchSize = 250;

    internal const string DisabledRuleReason = "Aturan pengingat dinonaktifkan.";

    private static readonly Actor System = new("sistem", "Sistem");

    /// <summary>One pass; returns how many reminders this dispatcher delivered.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        Dictionary<int, ReminderRule> rules;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            rules = await db.ReminderRules.AsNoTracking().ToDictionaryAsync(r => r.Id, ct);
        }
        var resolver = new ReminderRecipientResolver();
        var delivered = 0;
        // A cursor rather than "the first pending rows": a reminder that fails stays pending and must not be read
        // again in the same pass.
        var afterDue = DateTime.MinValue;
        var afterId = 0L;
        while (true)
        {
            List<DueReminder> batch;
            Dictionary<long, string[]> recipients;
            await using (var db = await contexts.CreateDbContextAsync(ct))
            {
                batch = await db.Reminders.AsNoTracking()
                    .Where(r => r.State == ReminderState.Pending && r.DueAt <= now && r.DueAt >= afterDue && (r.DueAt > afterDue || r.Id > afterId))
                    .OrderBy(r => r.DueAt).ThenBy(r => r.Id)
                    .Take(BatchSize)
                    .Select(r => new DueReminder(r.Id, r.RuleId, r.Kind, r.SkkId, r.AgreementId, r.OfficeId, r.DueAt, r.Title, r.Message, r.Link))
                    .ToListAsync(ct);
                if (batch.Count == 0) break;
                // Resolved before the transaction, so that the write lock is held only for the writes.
                recipients = await resolver.ResolveAsync(db, batch, rules, ct);
            }
            (afterDue, afterId) = (batch[^1].DueAt, batch[^1].Id);
            delivered += await DeliverBatchAsync(batch, rules, recipients, now, ct);
            if (batch.Count < BatchSize) break;
        }
        await emails.SendPendingAsync(ct);
        return delivered;
    }

    /// <summary>
    /// All of a batch in one transaction; if that fails, each reminder on its own, so that one bad reminder (logged and
    /// left pending for the next pass) does not hold back the others.
    /// </summary>
    private async Task<int> DeliverBatchAsync(List<DueReminder> batch, Dictionary<int, ReminderRule> rules,
        Dictionary<long, string[]> recipients, DateTime now, CancellationToken ct)
    {
        try
        {
            return await DeliverAsync(batch, rules, recipients, now, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && batch.Count > 1)
        {
            logger.LogWarning(ex, "Reminder batch failed; delivering its {Count} reminders one by one", batch.Count);
        }
        var delivered = 0;
        foreach (var reminder in batch)
        {
            try
            {
                delivered += await DeliverAsync([reminder], rules, recipients, now, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Reminder {ReminderId} could not be delivered; it stays pending", reminder.Id);
            }
        }
        return delivered;
    }

    private async Task<int> DeliverAsync(IReadOnlyList<DueReminder> batch, Dictionary<int, ReminderRule> rules,
        Dictionary<long, string[]> recipients, DateTime now, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AuditStamp = new AuditStamp(System.UserId, System.Name, "Pengingat", now);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var delivered = 0;
        foreach (var reminder in batch)
        {
            // A rule added after this pass read the rules: its reminders wait for the next pass.
            if (!rules.TryGetValue(reminder.RuleId, out var rule)) continue;
            var pending = db.Reminders.Where(r => r.Id == reminder.Id && r.State == ReminderState.Pending);
            if (!rule.IsEnabled)
            {
                await pending.ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.State, ReminderState.Cancelled)
                    .SetProperty(r => r.CancelledAt, now)
                    .SetProperty(r => r.CancelReason, DisabledRuleReason), ct);
                continue;
            }
            var users = recipients[reminder.Id];
            var deliveredTo = string.Join(",", users);
            var claimed = await pending.ExecuteUpdateAsync(s => s
                .SetProperty(r => r.State, ReminderState.Delivered)
                .SetProperty(r => r.DeliveredAt, now)
                .SetProperty(r => r.DeliveredTo, deliveredTo), ct);
            // Another dispatcher got there first, or the planner cancelled it since it was read.
            if (claimed == 0) continue;
            db.Notifications.AddRange(users.Select(userId => new Notification
            {
                UserId = userId, ReminderId = reminder.Id, Title = reminder.Title, Message = reminder.Message,
                Link = reminder.Link, CreatedAt = now,
            }));
            if (reminder.Kind == ReminderKind.BrokenPromise && reminder.SkkId is int skkId)
                await BrokenPromises.RecordAsync(db, skkId, System, clock, ct);
            delivered++;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return delivered;
    }
}
